package cn.nianbao.backend.importing;

import cn.nianbao.backend.agency.PrintedNames;

/**
 * The tree's printed names for one batch, emptied when the batch ends. The operators of a finished batch stay
 * reachable from the worker's pipeline and the pooled connections until they are used again, and with them whatever
 * they captured: one whole tree per worker (docs/BENCHMARKS.md, "Import"). Through this holder they keep nothing.
 */
final class BatchNames {

    private volatile PrintedNames names;

    BatchNames(PrintedNames names) {
        this.names = names;
    }

    PrintedNames get() {
        PrintedNames current = names;
        if (current == null) {
            throw new IllegalStateException("the batch has ended");
        }
        return current;
    }

    void release() {
        names = null;
    }
}
