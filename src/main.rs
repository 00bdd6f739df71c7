fn main() -> std::process::ExitCode {
    factquiz::run(std::env::args_os())
}
