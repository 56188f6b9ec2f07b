//! Generates the bindings from `spec/` into `OUT_DIR` (and nowhere else). The same files are
//! committed under `generated/` for review; `cargo test` fails when they are stale.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    println!("cargo::rerun-if-changed=spec");
    let spec = Path::new("spec");
    let Some(out) = std::env::var_os("OUT_DIR").map(PathBuf::from) else {
        eprintln!("OUT_DIR is not set: run this through cargo");
        return ExitCode::FAILURE;
    };
    let sources = match truto_user_directory_codegen::read_spec_dir(spec) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("cannot read spec/: {e}");
            return ExitCode::FAILURE;
        }
    };
    match truto_user_directory_codegen::generate(&sources) {
        Ok(files) => match truto_user_directory_codegen::write_if_changed(&out, &files) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("cannot write generated code to {}: {e}", out.display());
                ExitCode::FAILURE
            }
        },
        Err(errors) => {
            eprintln!("spec/ has {} problem(s):", errors.0.len());
            for e in &errors.0 {
                eprintln!("spec/{e}");
            }
            ExitCode::FAILURE
        }
    }
}
