package kr.cheongnabi.testing;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;

/** Starts the same task on several threads at the same moment, as racing requests would. */
public final class Race {

  private Race() {}

  public static <T> List<Future<T>> of(
      ManagedExecutorService executor, int racers, Callable<T> task) {
    var gate = new CountDownLatch(1);
    var results = new ArrayList<Future<T>>();
    for (int i = 0; i < racers; i++) {
      results.add(
          executor.submit(
              () -> {
                gate.await();
                return task.call();
              }));
    }
    gate.countDown();
    return results;
  }
}
