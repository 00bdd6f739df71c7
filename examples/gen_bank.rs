//! Writes a valid synthetic question bank of N facts and N/4 claims to stdout, for benchmarks and
//! for trying factquiz at scale:
//!
//! ```text
//! cargo run --release --example gen_bank -- 200000 > bank.json
//! cargo run --release -- validate --max-file-mib 128 bank.json
//! ```
//!
//! The same N always gives the same bank (see `factquiz::synthetic`).

use std::io::{self, BufWriter};
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(count) = std::env::args()
        .nth(1)
        .and_then(|n| n.parse::<usize>().ok())
    else {
        eprintln!("usage: gen_bank N  (writes a bank of N facts and N/4 claims to stdout)");
        return ExitCode::from(2);
    };
    let mut out = BufWriter::new(io::stdout().lock());
    match factquiz::synthetic::write_bank(count, &mut out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gen_bank: {e}");
            ExitCode::FAILURE
        }
    }
}
