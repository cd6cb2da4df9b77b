package org.parley.classify;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parley's own binary model format. No Java serialization: a model file from an untrusted place is
 * read as numbers and strings only, and prediction runs Parley's code, so a crafted file can at worst
 * be rejected or predict badly.
 *
 * <p>Layout (big-endian, {@link DataOutputStream}): the magic {@code "PARLEY-MODEL\n"}; the format
 * version (int); the body (topics, cue phrases, then per decision its feature names and linear
 * scorer); and a trailing SHA-256 of everything before it. Reading checks, in order: the magic
 * ("not a Parley model"), the version ("model format 3, this Parley reads 1"), the checksum
 * ("corrupted model file (checksum mismatch)"). Thread-safe (stateless).
 */
public final class ModelFile {

    /** The format version this code writes and reads. */
    public static final int FORMAT = 1;
    private static final byte[] MAGIC = "PARLEY-MODEL\n".getBytes(StandardCharsets.US_ASCII);
    private static final int DIGEST = 32;

    private ModelFile() {
    }

    /** The model's bytes. Same model → same bytes. */
    public static byte[] write(ParleyModel m) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buf)) {
            out.write(MAGIC);
            out.writeInt(FORMAT);
            writeStrings(out, m.topics());
            out.writeInt(m.cues().size());
            for (Map.Entry<String, List<List<String>>> e : m.cues().entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().size());
                for (List<String> phrase : e.getValue()) {
                    writeStrings(out, phrase);
                }
            }
            writeStrings(out, m.topicSpace().names());
            writeLinear(out, m.topicModel());
            out.writeBoolean(m.stanceCrossed());
            writeStrings(out, m.stanceSpace().names());
            writeLinear(out, m.stanceModel());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] body = buf.toByteArray();
        byte[] all = Arrays.copyOf(body, body.length + DIGEST);
        System.arraycopy(sha256(body), 0, all, body.length, DIGEST);
        return all;
    }

    /**
     * Parses model bytes.
     *
     * @param name the file name, for messages
     * @throws IllegalArgumentException "NAME: not a Parley model", "NAME: model format N, this Parley
     *                                  reads 1" or "NAME: corrupted model file (…)"
     */
    public static ParleyModel read(byte[] bytes, String name) {
        if (bytes.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
            throw new IllegalArgumentException(name + ": not a Parley model");
        }
        if (bytes.length < MAGIC.length + 4) {
            throw new IllegalArgumentException(name + ": corrupted model file (truncated)");
        }
        int format = ((bytes[MAGIC.length] & 0xff) << 24) | ((bytes[MAGIC.length + 1] & 0xff) << 16)
                | ((bytes[MAGIC.length + 2] & 0xff) << 8) | (bytes[MAGIC.length + 3] & 0xff);
        if (format != FORMAT) {
            throw new IllegalArgumentException(name + ": model format " + format + ", this Parley reads " + FORMAT);
        }
        int bodyLength = bytes.length - DIGEST;
        if (bodyLength < MAGIC.length + 4 || !MessageDigest.isEqual(sha256(Arrays.copyOf(bytes, bodyLength)),
                Arrays.copyOfRange(bytes, bodyLength, bytes.length))) {
            throw new IllegalArgumentException(name + ": corrupted model file (checksum mismatch)");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, bodyLength))) {
            in.skipNBytes(MAGIC.length + 4);
            List<String> topics = readStrings(in);
            int nc = count(in);
            Map<String, List<List<String>>> cues = new LinkedHashMap<>();
            for (int i = 0; i < nc; i++) {
                String topic = in.readUTF();
                int np = count(in);
                List<List<String>> phrases = new ArrayList<>();
                for (int j = 0; j < np; j++) {
                    phrases.add(List.copyOf(readStrings(in)));
                }
                cues.put(topic, List.copyOf(phrases));
            }
            FeatureSpace topicSpace = new FeatureSpace(readStrings(in));
            LinearModel topicModel = readLinear(in);
            boolean crossed = in.readBoolean();
            FeatureSpace stanceSpace = new FeatureSpace(readStrings(in));
            LinearModel stanceModel = readLinear(in);
            if (in.available() != 0) {
                throw new IllegalArgumentException("trailing bytes");
            }
            return new ParleyModel(topics, cues, topicSpace, topicModel, crossed, stanceSpace, stanceModel);
        } catch (EOFException e) {
            throw new IllegalArgumentException(name + ": corrupted model file (truncated)");
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(name + ": corrupted model file (" + e.getMessage() + ")");
        }
    }

    static byte[] sha256(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lower-case hex SHA-256 of {@code b}. */
    public static String sha256Hex(byte[] b) {
        StringBuilder sb = new StringBuilder(64);
        for (byte x : sha256(b)) {
            sb.append(Character.forDigit((x >> 4) & 0xf, 16)).append(Character.forDigit(x & 0xf, 16));
        }
        return sb.toString();
    }

    private static void writeStrings(DataOutputStream out, List<String> s) throws IOException {
        out.writeInt(s.size());
        for (String x : s) {
            out.writeUTF(x);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int n = count(in);
        List<String> s = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            s.add(in.readUTF());
        }
        return s;
    }

    /** A count that cannot exceed the remaining bytes: a corrupted length never allocates gigabytes. */
    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("bad count " + n);
        }
        return n;
    }

    private static void writeLinear(DataOutputStream out, LinearModel m) throws IOException {
        writeStrings(out, m.labels());
        out.writeInt(m.dimension());
        out.writeBoolean(m.normalize());
        out.writeDouble(m.scale());
        for (int c = 0; c < m.labels().size(); c++) {
            out.writeDouble(m.bias()[c]);
            for (double w : m.weights()[c]) {
                out.writeDouble(w);
            }
        }
    }

    private static LinearModel readLinear(DataInputStream in) throws IOException {
        List<String> labels = readStrings(in);
        int p = count(in);
        if ((long) p * labels.size() * 8 > in.available()) {
            throw new EOFException();
        }
        boolean normalize = in.readBoolean();
        double scale = in.readDouble();
        double[][] w = new double[labels.size()][p];
        double[] b = new double[labels.size()];
        for (int c = 0; c < labels.size(); c++) {
            b[c] = in.readDouble();
            for (int f = 0; f < p; f++) {
                w[c][f] = in.readDouble();
            }
        }
        return new LinearModel(labels, w, b, normalize, scale);
    }
}
