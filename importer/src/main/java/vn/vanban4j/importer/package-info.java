/** Reading official documents in: DOCX, PDF (text layer) and extracted text into the model, with a finding per field ({@link vn.vanban4j.importer.Importer}). */
package vn.vanban4j.importer;
