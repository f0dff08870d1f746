/** The template runner, the block reader and the DOCX and HTML writers: not API; may change in any release. */
package vn.vanban4j.render.internal;
