package fi.retki.server;

import fi.retki.server.assets.BlobInfo;
import fi.retki.server.catalogue.Catalogue;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads a blob for the cache on a worker thread, straight into an exact-size direct buffer, and
 * checks its size and sha256 on the way: a blob that does not match its name is never cached.
 */
final class BlobLoader implements Function<String, CompletableFuture<ByteBuf>> {
  private final Vertx vertx;
  private final Supplier<Catalogue> catalogue;

  BlobLoader(Vertx vertx, Supplier<Catalogue> catalogue) {
    this.vertx = vertx;
    this.catalogue = catalogue;
  }

  @Override
  public CompletableFuture<ByteBuf> apply(String sha) {
    BlobInfo blob = catalogue.get().blob(sha);
    if (blob == null) {
      return CompletableFuture.failedFuture(new IOException("no blob " + sha));
    }
    return vertx.executeBlocking(() -> read(blob), false).toCompletionStage().toCompletableFuture();
  }

  static ByteBuf read(BlobInfo blob) throws IOException {
    if (blob.size() > Integer.MAX_VALUE) {
      throw new IOException("blob " + blob.sha256() + " is too large to cache");
    }
    int size = (int) blob.size();
    ByteBuf buf = Unpooled.directBuffer(size, size);
    try (FileChannel channel = FileChannel.open(blob.file(), StandardOpenOption.READ)) {
      if (channel.size() != size) {
        throw new IOException("blob " + blob.sha256() + " has " + channel.size() + " bytes, expected " + size);
      }
      ByteBuffer target = buf.nioBuffer(0, size);
      while (target.hasRemaining()) {
        if (channel.read(target) < 0) {
          throw new IOException("blob " + blob.sha256() + " ended early");
        }
      }
      buf.writerIndex(size);
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(buf.nioBuffer(0, size));
      String actual = HexFormat.of().formatHex(sha256.digest());
      if (!actual.equals(blob.sha256())) {
        throw new IOException("blob " + blob.sha256() + " is corrupt: its bytes hash to " + actual);
      }
      return buf;
    } catch (IOException | RuntimeException e) {
      buf.release();
      throw e;
    } catch (NoSuchAlgorithmException e) {
      buf.release();
      throw new IllegalStateException(e);
    }
  }
}
