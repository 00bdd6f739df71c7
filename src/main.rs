/// mimalloc instead of the system allocator: a large bank's start allocates and frees hundreds
/// of thousands of small strings, and glibc's malloc/free were a third of its instructions
/// (issue #16).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    factquiz::run(std::env::args_os())
}
