//! A hint to the kernel for large read buffers and lists (issue #16), which both the loader (a
//! large bank's fact list) and the store (a large file's bytes) give: one concept, apart from
//! reading and writing files.

/// Asks the kernel to back a large buffer's (or list's) untouched room with huge pages where it
/// can (Linux transparent huge pages, when allowed for regions that ask): a large file is then
/// read into a few dozen pages instead of thousands, each a page fault. Only a hint; the contents
/// are the same whatever the kernel does.
pub fn advise<T>(items: &mut Vec<T>) {
    const HUGE: usize = 2 << 20;
    let room = items.capacity().saturating_mul(std::mem::size_of::<T>());
    #[cfg(target_os = "linux")]
    if room >= 2 * HUGE {
        let start = items.as_mut_ptr() as usize;
        let from = start.next_multiple_of(HUGE);
        let to = start.saturating_add(room) / HUGE * HUGE;
        if to > from {
            // SAFETY: the range lies inside the buffer's own allocation, which nothing else uses
            // yet; MADV_HUGEPAGE changes how its pages are backed, never what they hold.
            unsafe {
                libc::madvise(from as *mut libc::c_void, to - from, libc::MADV_HUGEPAGE);
            }
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = (items, HUGE, room);
}
