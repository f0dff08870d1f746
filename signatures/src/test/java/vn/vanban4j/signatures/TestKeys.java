package vn.vanban4j.signatures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Throwaway keys, certificates, images and PDFs made at test time: no key is kept in the repository. */
final class TestKeys {
    static final char[] PASSWORD = "test-only".toCharArray();
    static final String TITLE = "vanban4j signing test document";

    /** A key pair and its self-signed certificate. */
    record Issued(PrivateKey key, X509Certificate cert) {
    }

    private TestKeys() {
    }

    static Issued selfSigned(String dn, boolean timestamping) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(new X500Name(dn), BigInteger.valueOf(dn.hashCode() & 0xffff),
                Date.from(now), Date.from(now.plus(3650, ChronoUnit.DAYS)), new X500Name(dn), pair.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        if (timestamping) {
            builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        }
        X509Certificate cert = new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        return new Issued(pair.getPrivate(), cert);
    }

    /** A PKCS #12 file in {@code dir} holding a fresh key for {@code dn}, alias "key". */
    static Path pkcs12(Path dir, String dn) throws Exception {
        Issued issued = selfSigned(dn, false);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("key", issued.key(), PASSWORD, new Certificate[] {issued.cert()});
        Path file = dir.resolve(Math.abs(dn.hashCode()) + ".p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD);
        }
        return file;
    }

    /** A two-page A4 PDF with a line of text on each page. */
    static byte[] pdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setTitle(TITLE);
            for (int i = 1; i <= 2; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 13);
                    content.newLineAtOffset(300, 700);
                    content.showText("PHO CHU TICH  (page " + i + ")");
                    content.newLineAtOffset(0, -110);
                    content.showText("Nguyen Van Minh Hoa");
                    content.endText();
                }
            }
            doc.setDocumentId(1L); // the same bytes each time
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out, CompressParameters.NO_COMPRESSION); // the title stays findable as plain bytes
            return out.toByteArray();
        }
    }

    /** A blue scribble on a transparent background, as a person's signature image. */
    static byte[] signatureImage() throws IOException {
        BufferedImage image = new BufferedImage(300, 120, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(20, 40, 200));
        g.setStroke(new BasicStroke(6));
        g.drawPolyline(new int[] {20, 70, 110, 150, 200, 280}, new int[] {90, 20, 100, 30, 95, 40}, 6);
        g.dispose();
        return png(image);
    }

    /** A red ring on a transparent background, as a body's seal. */
    static byte[] sealImage() throws IOException {
        BufferedImage image = new BufferedImage(200, 200, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(220, 20, 20));
        g.setStroke(new BasicStroke(10));
        g.drawOval(10, 10, 180, 180);
        g.drawOval(50, 50, 100, 100);
        g.dispose();
        return png(image);
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
