package vn.egov.parallel;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Computes numbered pieces of work on every core and hands their results to the caller's thread
 * in number order. Only a few pieces are ahead of the one being handed over, so memory stays
 * bounded however many pieces there are.
 */
public final class InOrder {
  private InOrder() {}

  /** Takes one result; false stops (the pieces not yet handed over are dropped). */
  @FunctionalInterface
  public interface Handler<T> {
    boolean take(T result) throws IOException;
  }

  /**
   * Computes {@code piece.apply(0 … count − 1)} in parallel and hands each result to {@code
   * handler} in that order, on this thread.
   *
   * @throws IOException what the handler threw
   * @throws RuntimeException what a piece threw (the rest are cancelled)
   */
  public static <T> void run(int count, IntFunction<T> piece, Handler<T> handler) throws IOException {
    int threads = Runtime.getRuntime().availableProcessors();
    if (threads < 2 || count < 2) {
      for (int i = 0; i < count; i++) {
        if (!handler.take(piece.apply(i))) {
          return;
        }
      }
      return;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "egov-worker");
              t.setDaemon(true);
              return t;
            });
    try {
      ArrayDeque<Future<T>> ahead = new ArrayDeque<>();
      int next = 0;
      while (next < count || !ahead.isEmpty()) {
        while (next < count && ahead.size() < threads + 1) {
          int i = next++;
          ahead.add(pool.submit(() -> piece.apply(i)));
        }
        if (!handler.take(ahead.poll().get())) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
