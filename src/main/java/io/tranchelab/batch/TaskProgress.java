package io.tranchelab.batch;

/** Told each time a task of a distributed sweep ends, from a listener thread. */
@FunctionalInterface
public interface TaskProgress {

    TaskProgress NONE = (done, total) -> { };

    void tasksDone(int done, int total);
}
