package io.kiln.infra.db;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;

/**
 * A background loop that does its work only while this Kiln holds its leader lock: one daemon thread, woken early by
 * {@link #wake()}, stopped with the application (the lock released). Subclasses write {@link #loop()}.
 */
public abstract class LeaderLoop implements SmartLifecycle {
  protected final LeaderLock lock;
  private final String threadName;
  private final Duration stopWait;
  private final Semaphore wake = new Semaphore(0);
  private volatile boolean running;
  private volatile Thread thread;

  protected LeaderLoop(LeaderLock lock, String threadName, Duration stopWait) {
    this.lock = lock;
    this.threadName = threadName;
    this.stopWait = stopWait;
  }

  protected abstract void loop();

  /** Cuts the current wait short. */
  public void wake() {
    wake.release();
  }

  /** Waits up to {@code millis} or until woken; then forgets the wake-ups that came meanwhile. */
  protected void pause(long millis) throws InterruptedException {
    wake.tryAcquire(millis, TimeUnit.MILLISECONDS);
    wake.drainPermits();
  }

  protected boolean running() {
    return running;
  }

  @Override
  public void start() {
    running = true;
    thread = new Thread(this::loop, threadName);
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void stop() {
    running = false;
    wake.release();
    try {
      thread.join(stopWait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    lock.close();
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
