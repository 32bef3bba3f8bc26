package org.handbook.cli;

import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code handbook daemon status|stop}: what the build daemons of this user are doing, and stopping them all. */
@Command(name = "daemon", mixinStandardHelpOptions = true,
        description = "Show (status) or stop (stop) this user's build daemons, which HANDBOOK_DAEMON=on starts for build and check.")
final class DaemonCommand implements Callable<Integer> {
    enum Action { status, stop }

    @Parameters(paramLabel = "ACTION", defaultValue = "status", description = "status or stop (default: ${DEFAULT-VALUE}).")
    Action action;

    @Override
    public Integer call() throws IOException {
        String request = action == Action.stop ? DaemonClient.STOP : DaemonClient.STATUS;
        int answered = 0;
        for (Path socket : DaemonAddress.allSockets()) {
            try (SocketChannel channel = DaemonClient.connect(socket)) {
                // a socket left by a daemon that was killed: no one answers there
                if (channel != null && DaemonClient.ask(channel, List.of(request), System.out, System.err) == 0) answered++;
            }
        }
        if (answered == 0) System.out.println("No build daemon is running.");
        return Main.Exit.OK.code();
    }
}
