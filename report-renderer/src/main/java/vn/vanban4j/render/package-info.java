/** Rendering official documents from FreeMarker templates as DOCX and HTML in the Party or state layout ({@link vn.vanban4j.render.Renderer}, {@link vn.vanban4j.render.Profile}), PDF through LibreOffice ({@link vn.vanban4j.render.PdfConverter}), and the XLSX forms units fill in ({@link vn.vanban4j.render.FormWorkbook}). */
package vn.vanban4j.render;
