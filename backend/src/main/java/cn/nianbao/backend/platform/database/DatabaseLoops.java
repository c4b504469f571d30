package cn.nianbao.backend.platform.database;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import reactor.netty.resources.LoopResources;

/**
 * The threads that send the statements and read their rows, one for each connection the pools may hold. Shared with
 * the driver's default of one per core (at least four), a connection waited for the thread another was decoding its
 * answer on: the statements of one answer sent "at once" left 3–6 ms apart (docs/BENCHMARKS.md). A thread each, they
 * leave together and their rows are read side by side.
 */
@Component
class DatabaseLoops implements DisposableBean {

    private final LoopResources loops;

    DatabaseLoops(Environment environment) {
        int connections = StandbyReads.poolSize(environment) * (StandbyReads.withStandbys(environment) ? 2 : 1)
                + StandbyReads.PLANNED_CONNECTIONS;
        this.loops = LoopResources.create("nianbao-db", connections, true);
    }

    LoopResources loops() {
        return loops;
    }

    @Override
    public void destroy() {
        loops.dispose();
    }
}
