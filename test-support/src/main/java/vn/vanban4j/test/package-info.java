/** For hosts' tests: a rendered DOCX read back ({@link vn.vanban4j.test.RenderedDocx}), AssertJ assertions ({@link vn.vanban4j.test.VanbanAssertions}), fixtures and golden files. */
package vn.vanban4j.test;
