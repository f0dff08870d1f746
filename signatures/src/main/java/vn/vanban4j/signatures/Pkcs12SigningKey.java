package vn.vanban4j.signatures;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A signing key read from a PKCS #12 (.p12, .pfx) file, as exported from a token or made with keytool. */
public final class Pkcs12SigningKey implements SigningKey {
    private final PrivateKey key;
    private final List<X509Certificate> chain;

    private Pkcs12SigningKey(PrivateKey key, List<X509Certificate> chain) {
        this.key = key;
        this.chain = List.copyOf(chain);
    }

    /**
     * @param file     the PKCS #12 file
     * @param password its password (also the key's)
     * @param alias    the key's alias; null for the file's only key
     * @throws IOException naming the file when it cannot be opened, the password is wrong or the alias is not a key
     */
    public static Pkcs12SigningKey open(Path file, char[] password, String alias) throws IOException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (var in = java.nio.file.Files.newInputStream(file)) {
                store.load(in, password);
            }
            List<String> keys = new ArrayList<>();
            for (String a : Collections.list(store.aliases())) {
                if (store.isKeyEntry(a)) {
                    keys.add(a);
                }
            }
            String chosen = alias;
            if (chosen == null) {
                if (keys.size() != 1) {
                    throw new IOException(file + ": holds " + keys.size() + " keys " + keys + "; name one with its alias");
                }
                chosen = keys.get(0);
            } else if (!keys.contains(chosen)) {
                throw new IOException(file + ": no key with alias '" + alias + "' (keys: " + keys + ")");
            }
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate cert : store.getCertificateChain(chosen)) {
                chain.add((X509Certificate) cert);
            }
            return new Pkcs12SigningKey((PrivateKey) store.getKey(chosen, password), chain);
        } catch (GeneralSecurityException e) {
            throw new IOException(file + ": cannot open the PKCS #12 file (wrong password?): " + e.getMessage(), e);
        }
    }

    @Override
    public List<X509Certificate> chain() {
        return chain;
    }

    @Override
    public String algorithm() {
        return "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
    }

    @Override
    public byte[] sign(byte[] data) throws GeneralSecurityException {
        Signature signature = Signature.getInstance(algorithm());
        signature.initSign(key);
        signature.update(data);
        return signature.sign();
    }
}
