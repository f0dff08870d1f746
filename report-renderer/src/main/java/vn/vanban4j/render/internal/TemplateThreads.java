package vn.vanban4j.render.internal;

import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The threads template runs go on: daemon threads with a deep stack, made when every one is busy and
 * ended after a minute idle, so that a render does not pay for starting a thread (about half a
 * millisecond on a busy machine, 15% of a render) while each run still has a thread of its own that its
 * {@link Watchdog} can stop. One set for the JVM, made at the first render: any number of runs at once
 * (no queue, nothing shared between runs), and none left over when no render is under way.
 */
final class TemplateThreads {
    // a run nests as deep as RenderLimits.nestingDepth allows; FreeMarker's parser recurses too
    private static final long STACK_BYTES = 16L << 20;
    private static final long IDLE_SECONDS = 60;

    private TemplateThreads() {
    }

    private static final class Holder {
        static final ThreadPoolExecutor THREADS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, IDLE_SECONDS, TimeUnit.SECONDS,
                new SynchronousQueue<>(), work -> {
                    Thread thread = new Thread(null, work, "vanban4j-template", STACK_BYTES);
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** Starts the run on a thread that is free. */
    static void start(Runnable run) {
        Holder.THREADS.execute(run);
    }
}
