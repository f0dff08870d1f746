package vn.vanban4j.signatures;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A timestamp authority (RFC 3161): given a DER time-stamp request, returns the DER time-stamp response. With one,
 * a signature is PAdES baseline B-T.
 */
@FunctionalInterface
public interface TimestampAuthority {
    /** The largest response read from a TSA over HTTP. */
    int MAX_RESPONSE_BYTES = 1 << 20;

    byte[] respond(byte[] request) throws IOException;

    /** A TSA reached over HTTP(S) at {@code url} (POST application/timestamp-query), within {@code timeout}. */
    static TimestampAuthority http(URI url, Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
        return request -> {
            HttpRequest post = HttpRequest.newBuilder(url).timeout(timeout).header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request)).build();
            try {
                HttpResponse<java.io.InputStream> response = client.send(post, HttpResponse.BodyHandlers.ofInputStream());
                try (java.io.InputStream body = response.body()) {
                    if (response.statusCode() != 200) {
                        throw new IOException(url + ": the timestamp authority answered HTTP " + response.statusCode());
                    }
                    byte[] bytes = body.readNBytes(MAX_RESPONSE_BYTES + 1);
                    if (bytes.length > MAX_RESPONSE_BYTES) {
                        throw new IOException(url + ": the timestamp response is larger than " + MAX_RESPONSE_BYTES + " bytes");
                    }
                    return bytes;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(url + ": interrupted while waiting for the timestamp authority", e);
            }
        };
    }
}
