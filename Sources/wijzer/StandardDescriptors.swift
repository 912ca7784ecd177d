#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard input, output and error, made sure to be open before anything else is.
///
/// A process started with one of them closed would have the next descriptor it opens take
/// that number: the signal pipe on 0 made the runner wait on itself for ever, and an error
/// notice written to "2" went into a save file or the signal pipe. `/dev/null` on a closed
/// one keeps every internal descriptor above 2: closed input reads as empty (the runner ends
/// with exit 3), closed output is discarded.
enum StandardDescriptors {
    static func secure() {
        for fd: Int32 in 0...2 where fcntl(fd, F_GETFD) == -1 {
            let null = open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY)
            if null >= 0 && null != fd {
                dup2(null, fd)
                close(null)
            }
        }
    }
}
