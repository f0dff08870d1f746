/** Reports against a plan: consolidating units' workbooks into the superior's workbook and BÁO CÁO document ({@link vn.vanban4j.render.report.Reports}). */
package vn.vanban4j.render.report;
