//! `cargo run -p truto-user-directory-codegen -- [SPEC_DIR] [OUT_DIR]`: regenerates the committed
//! `generated/` directory from `spec/` (defaults: `spec`, `generated`), removing files the spec no
//! longer produces.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let spec = PathBuf::from(args.next().unwrap_or_else(|| "spec".into()));
    let out = PathBuf::from(args.next().unwrap_or_else(|| "generated".into()));
    let sources = match truto_user_directory_codegen::read_spec_dir(&spec) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("cannot read {}: {e}", spec.display());
            return ExitCode::from(2);
        }
    };
    let files = match truto_user_directory_codegen::generate(&sources) {
        Ok(f) => f,
        Err(errors) => {
            eprintln!("the spec has {} problem(s):\n{errors}", errors.0.len());
            return ExitCode::from(1);
        }
    };
    let result = truto_user_directory_codegen::stale_files(&out, &files).and_then(|stale| {
        for path in &stale {
            if !files.iter().any(|f| &f.path == path) {
                std::fs::remove_file(out.join(path))?;
            }
        }
        truto_user_directory_codegen::write_if_changed(&out, &files)?;
        Ok(stale)
    });
    match result {
        Ok(stale) if stale.is_empty() => {
            println!("{} is up to date", out.display());
            ExitCode::SUCCESS
        }
        Ok(stale) => {
            println!("updated {}: {}", out.display(), stale.join(", "));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("cannot write {}: {e}", out.display());
            ExitCode::from(2)
        }
    }
}
