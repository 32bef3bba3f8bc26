package org.handbook.cli;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * What the build daemon and its client say to each other over the socket: the client sends its
 * folder and command line; the daemon answers with the command's standard output and error, in the
 * order it wrote them, then its exit code. Each frame is a kind, a length and that many bytes.
 */
final class DaemonFrames {
    /** Changes whenever the frames do: a client and daemon of different versions never meet (see {@link DaemonAddress}). */
    static final int VERSION = 1;
    static final byte OUT = 1;
    static final byte ERR = 2;
    static final byte EXIT = 3;

    /** What a client asks: run {@code args} in {@code folder}, the client's working folder. */
    record Request(String folder, List<String> args) {
        void write(DataOutputStream out) throws IOException {
            out.writeInt(VERSION);
            out.writeUTF(folder);
            out.writeInt(args.size());
            for (String a : args) out.writeUTF(a);
            out.flush();
        }

        static Request read(DataInputStream in) throws IOException {
            if (in.readInt() != VERSION) throw new IOException("a client of another version");
            String folder = in.readUTF();
            int n = in.readInt();
            if (n < 0 || n > 10_000) throw new IOException("a command line of " + n + " arguments");
            List<String> args = new ArrayList<>(n);
            for (int i = 0; i < n; i++) args.add(in.readUTF());
            return new Request(folder, args);
        }
    }

    private DaemonFrames() {
    }

    /** A stream that writes arrays: a single byte is an array of one. */
    private abstract static class ArrayStream extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public abstract void write(byte[] b, int off, int len) throws IOException;
    }

    /** A stream whose bytes go to the client as frames of one kind; {@code lock} keeps two streams' frames whole. */
    static OutputStream stream(byte kind, DataOutputStream out) {
        return new ArrayStream() {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (len == 0) return;
                synchronized (out) {
                    out.writeByte(kind);
                    out.writeInt(len);
                    out.write(b, off, len);
                    out.flush();
                }
            }
        };
    }

    /**
     * A stream of writes to {@code channel} itself. ({@code Channels.newOutputStream} takes the
     * channel's blocking lock, which a read blocked in another thread holds: the daemon reads while
     * it writes, to see its client go.)
     */
    static OutputStream writing(WritableByteChannel channel) {
        return new ArrayStream() {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
                while (buffer.hasRemaining()) channel.write(buffer);
            }
        };
    }

    /** Sends the exit code, the last frame. */
    static void exit(DataOutputStream out, int code) throws IOException {
        synchronized (out) {
            out.writeByte(EXIT);
            out.writeInt(4);
            out.writeInt(code);
            out.flush();
        }
    }

    /** Copies the frames to {@code out} and {@code err} until the exit code, which it returns; -1 if the daemon hung up first. */
    static int copy(DataInputStream in, OutputStream out, OutputStream err) throws IOException {
        byte[] buffer = new byte[8192];
        while (true) {
            int kind = in.read();
            if (kind < 0) return -1;
            int len = in.readInt();
            if (len < 0) throw new IOException("a frame of " + len + " bytes");
            if (kind == EXIT) return in.readInt();
            if (kind != OUT && kind != ERR) throw new IOException("a frame of unknown kind " + kind);
            OutputStream to = kind == OUT ? out : err;
            while (len > 0) {
                int n = in.read(buffer, 0, Math.min(buffer.length, len));
                if (n < 0) return -1;
                to.write(buffer, 0, n);
                len -= n;
            }
            to.flush();
        }
    }
}
