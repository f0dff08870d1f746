package vn.vanban4j.signatures;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/** Where trusted certificates come from: the host's (the JVM's) trust store, a PEM or DER file, a key store. */
public final class TrustedCertificates {
    private TrustedCertificates() {
    }

    /**
     * The certificates the JVM trusts (its cacerts, or the store named by {@code javax.net.ssl.trustStore}), read
     * once for the JVM at the first call, as the JVM reads its own trust store.
     */
    public static Set<X509Certificate> host() {
        return Host.CERTIFICATES;
    }

    private static final class Host {
        static final Set<X509Certificate> CERTIFICATES = read();

        private static Set<X509Certificate> read() {
            try {
                TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                factory.init((KeyStore) null);
                Set<X509Certificate> certs = new LinkedHashSet<>();
                for (var manager : factory.getTrustManagers()) {
                    if (manager instanceof X509TrustManager x509) {
                        Collections.addAll(certs, x509.getAcceptedIssuers());
                    }
                }
                return Collections.unmodifiableSet(certs);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the JVM's trust store cannot be read: " + e.getMessage(), e);
            }
        }
    }

    /**
     * The certificates in a file: PEM or DER certificates (one or more), or a PKCS #12 / JKS key store
     * opened without a password (its trusted entries).
     *
     * @throws IOException naming the file when it holds neither
     */
    public static List<X509Certificate> read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
            List<X509Certificate> certs = new ArrayList<>();
            for (Certificate cert : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                certs.add((X509Certificate) cert);
            }
            if (!certs.isEmpty()) {
                return certs;
            }
        } catch (CertificateException e) {
            // not certificates: perhaps a key store
        }
        try {
            KeyStore store = KeyStore.getInstance(file.toFile(), new char[0]);
            List<X509Certificate> certs = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.getCertificate(alias) instanceof X509Certificate cert) {
                    certs.add(cert);
                }
            }
            return certs;
        } catch (GeneralSecurityException | IOException e) {
            throw new IOException(file + ": neither PEM/DER certificates nor a key store readable without a password", e);
        }
    }
}
