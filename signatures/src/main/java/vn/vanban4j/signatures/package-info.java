/**
 * Digital signatures on PDF documents as NĐ 30/2020 uses them: {@link vn.vanban4j.signatures.PdfSignatures#verify}
 * lists and checks every signature of a received PDF; {@link vn.vanban4j.signatures.PdfSignatures#sign} adds one
 * (PAdES baseline B, or B-T with a timestamp authority) through a {@link vn.vanban4j.signatures.SigningKey} the host
 * provides (PKCS#12 file, PKCS#11 token, remote service).
 */
package vn.vanban4j.signatures;
