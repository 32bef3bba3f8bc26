# The launcher's client of a build daemon that is already running (cli/BuildDaemon), in the Perl every
# Debian system has (perl-base is essential): it asks in a few milliseconds what a client JVM takes some
# 100 ms to start up for. It speaks the daemon's frames (cli/DaemonFrames) and does nothing else:
#   perl daemon-client.pl TMPDIR ID ARGS...
# asks the daemon whose socket is TMPDIR/handbook-USER/ID.sock to run ARGS in this folder, copies its
# output and exits with the command's exit code; with 90 where no daemon answers there (or anything
# here is unusual: the launcher then starts the JVM, which answers or starts a daemon), also where the
# daemon hung up before it said anything (one that was stopping when reached: the JVM starts another);
# with 91 where it hung up after it began to answer (the launcher then runs the command in a JVM
# without one).
use strict;
use warnings;
use Cwd ();
use Socket qw(AF_UNIX SOCK_STREAM pack_sockaddr_un);

use constant { NO_DAEMON => 90, RUN_HERE => 91, FRAMES => 1, OUT => 1, ERR => 2, EXIT => 3 };

my ($tmpdir, $id, @args) = @ARGV;
# a write to a closed socket or pipe is an error to handle, not a signal that ends this process
$SIG{PIPE} = 'IGNORE';
my $heard = 0;
my $code = eval { ask() };
if (!defined $code) {
    exit NO_DAEMON unless $heard;
    my $why = $@ =~ s/\s+\z//r;
    print STDERR "handbook: could not talk to the build daemon ($why); running here\n";
    exit RUN_HERE;
}
exit $code;

sub ask {
    return NO_DAEMON unless defined $id && $id =~ /\A[0-9a-f]{1,64}\z/;
    # the folder the JVM would use (cli/DaemonAddress): TMPDIR/handbook-USER, a real folder of this user's only
    my $user = getpwuid($<);
    return NO_DAEMON unless defined $user && length $user;
    $user =~ s/[^A-Za-z0-9._-]/_/g;
    my $dir = "$tmpdir/handbook-$user";
    my @st = lstat $dir;
    return NO_DAEMON unless @st && -d _ && $st[4] == $< && ($st[2] & 0777) == 0700;
    # a text goes as Java's modified UTF-8, which is its bytes only for ASCII without NUL: else the JVM asks
    my $folder = Cwd::getcwd();
    for my $text ($folder, @args) {
        return NO_DAEMON if !defined $text || $text =~ /[^\x01-\x7f]/ || length $text > 65535;
    }
    socket(my $socket, AF_UNIX, SOCK_STREAM, 0) or return NO_DAEMON;
    connect($socket, pack_sockaddr_un("$dir/$id.sock")) or return NO_DAEMON;
    my $request = pack('N n/a* N', FRAMES, $folder, scalar @args) . join('', map { pack('n/a*', $_) } @args);
    # nothing is sent after the request, and the socket stays open both ways: the daemon reads its end to see the client go
    write_all($socket, $request) or return NO_DAEMON;
    binmode STDOUT;
    binmode STDERR;
    while (1) {
        my $head = read_exactly($socket, 5);
        return stopped($dir) unless defined $head;
        $heard = 1;
        my ($kind, $length) = unpack('C N', $head);
        if ($kind == EXIT) {
            my $exit = read_exactly($socket, 4);
            return defined $exit ? unpack('l>', $exit) : stopped($dir);
        }
        die "a frame of unknown kind $kind\n" unless $kind == OUT || $kind == ERR;
        my $to = $kind == OUT ? \*STDOUT : \*STDERR;
        while ($length > 0) {
            my $n = sysread($socket, my $buffer, $length < 65536 ? $length : 65536);
            die "$!\n" unless defined $n;
            return stopped($dir) if $n == 0;
            # a reader that went away (a closed pipe) loses the output, as the JVM's streams would lose it
            write_all($to, $buffer);
            $length -= $n;
        }
    }
}

sub stopped {
    my ($dir) = @_;
    return NO_DAEMON unless $heard;
    print STDERR "handbook: the build daemon stopped before it answered (its log: $dir/$id.log); running here\n";
    return RUN_HERE;
}

sub read_exactly {
    my ($from, $length) = @_;
    my $got = '';
    while (length $got < $length) {
        my $n = sysread($from, $got, $length - length $got, length $got);
        die "$!\n" unless defined $n;
        return undef if $n == 0;
    }
    return $got;
}

sub write_all {
    my ($to, $bytes) = @_;
    my $done = 0;
    while ($done < length $bytes) {
        my $n = syswrite($to, $bytes, length($bytes) - $done, $done);
        return 0 unless defined $n;
        $done += $n;
    }
    return 1;
}
