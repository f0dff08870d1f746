package vn.vanban4j.signatures;

import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.vanban4j.signatures.internal.SignatureReader;
import vn.vanban4j.signatures.internal.SignatureSpaces;
import vn.vanban4j.signatures.internal.SignatureWriter;

/**
 * The digital signatures of PDF documents: read and check those a received file carries, add one.
 * Immutable and thread-safe; one instance serves a whole application.
 *
 * <pre>{@code
 * List<SignatureReport> found = PdfSignatures.standard().verify(Files.readAllBytes(pdf), pdf.getFileName().toString());
 * }</pre>
 */
public final class PdfSignatures {
    private final Set<X509Certificate> trusted;
    private final SignatureLimits limits;

    private PdfSignatures(Set<X509Certificate> trusted, SignatureLimits limits) {
        this.trusted = Set.copyOf(trusted);
        this.limits = limits;
    }

    /** Trusting what the JVM trusts (its cacerts), within {@link SignatureLimits#DEFAULT}. */
    public static PdfSignatures standard() {
        return new PdfSignatures(TrustedCertificates.host(), SignatureLimits.DEFAULT);
    }

    /** Trusting only {@code certificates} (no JVM trust store), within {@link SignatureLimits#DEFAULT}. */
    public static PdfSignatures trustingOnly(Collection<X509Certificate> certificates) {
        return new PdfSignatures(new LinkedHashSet<>(certificates), SignatureLimits.DEFAULT);
    }

    /** These settings, trusting {@code certificates} too (a body's own root, the national CA). */
    public PdfSignatures trusting(Collection<X509Certificate> certificates) {
        Set<X509Certificate> all = new LinkedHashSet<>(trusted);
        all.addAll(certificates);
        return new PdfSignatures(all, limits);
    }

    /** These settings within other limits. */
    public PdfSignatures withLimits(SignatureLimits value) {
        return new PdfSignatures(trusted, Objects.requireNonNull(value, "limits"));
    }

    /**
     * Every signature of a PDF, in the order of its form fields, each checked: the signed bytes intact,
     * the chain against the trusted certificates, what was added after it.
     *
     * @param pdf  the file's bytes
     * @param name the file's name, for messages
     * @return the signatures; empty when the PDF carries none
     * @throws SignatureException naming the file (and signature field) when the PDF or a signature cannot be read, or a
     *                            limit is passed
     */
    public List<SignatureReport> verify(byte[] pdf, String name) {
        return SignatureReader.read(pdf, name, trusted, limits);
    }

    /**
     * Where the n-th signature goes in a PDF this library rendered: its n-th blank signature space (between the
     * position and the name), {@link Placement#SPACE_WIDTH} by {@link Placement#SPACE_HEIGHT}, centred under the
     * position, from the named destination the renderer left there; empty for another PDF.
     *
     * @param pdf the file's bytes
     * @param n   1 for the first signature block (the only one, mostly)
     * @throws SignatureException naming {@code name} when the PDF cannot be read
     */
    public java.util.Optional<Placement> signatureSpace(byte[] pdf, String name, int n) {
        return SignatureSpaces.find(pdf, name, Placement.SIGNATURE_SPACE + n);
    }

    /**
     * The PDF with one more signature, added as an incremental update (the signatures before it stay intact):
     * CMS detached, SHA-256, PAdES baseline B ({@code ETSI.CAdES.detached}, signing-certificate-v2), B-T when
     * {@link SignOptions#timestamps()} names an authority; visible as NĐ 30 sets it when
     * {@link SignOptions#placement()} says where.
     *
     * @param pdf     the file's bytes
     * @param name    the file's name, for messages
     * @param key     the signer's key and certificate chain
     * @param options role, time, images, placement, timestamp authority
     * @return the signed file's bytes
     * @throws SignatureException naming the file when it cannot be read or signed (key failure, no such page)
     */
    public byte[] sign(byte[] pdf, String name, SigningKey key, SignOptions options) {
        return SignatureWriter.sign(pdf, name, key, options, limits);
    }
}
