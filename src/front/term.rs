//! What the front end asks of a terminal itself: how wide it is.

/// The columns of the terminal on standard output (`stderr` false) or standard error, if it is
/// one and says.
#[cfg(unix)]
pub fn terminal_columns(stderr: bool) -> Option<usize> {
    let fd = if stderr {
        libc::STDERR_FILENO
    } else {
        libc::STDOUT_FILENO
    };
    // SAFETY: TIOCGWINSZ writes one `winsize` into the struct it is given, and nothing else.
    let mut size: libc::winsize = unsafe { std::mem::zeroed() };
    let ok = unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut size) } == 0;
    (ok && size.ws_col > 0).then_some(usize::from(size.ws_col))
}

#[cfg(not(unix))]
pub fn terminal_columns(_stderr: bool) -> Option<usize> {
    None
}
