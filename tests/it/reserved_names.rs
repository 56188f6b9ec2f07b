//! The generator's reserved-name lists (`truto_user_directory_codegen::reserved`) against the
//! runtime as written: a method added to `Client`, a name exported at the crate root or a method
//! added to `Operation` that the lists lack would let a spec generate code that does not compile
//! (or silently shadows the runtime). This reads the runtime's source, so the lists cannot drift.

use std::path::Path;

use truto_user_directory_codegen::reserved::{CLIENT_METHODS, REQUEST_METHODS, ROOT_RESERVED};
use truto_user_directory_codegen::{SourceFile, generate, read_spec_dir};

fn parse(path: &str) -> syn::File {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    syn::parse_file(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn rust_files(dir: &Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).expect("read dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path.to_string_lossy().into_owned());
        }
    }
}

/// `found` (read from the runtime's source) holds `sentinel`, so the reading worked, and every
/// name in it is in `reserved`.
fn assert_reserved(found: &[String], sentinel: &str, reserved: &[&str], what: &str) {
    assert!(found.iter().any(|n| n == sentinel), "found {found:?}");
    let missing: Vec<&String> = found
        .iter()
        .filter(|n| !reserved.contains(&n.as_str()))
        .collect();
    assert!(missing.is_empty(), "{what}: {missing:?}");
}

fn is_client(ty: &syn::Type) -> bool {
    matches!(ty, syn::Type::Path(p) if p.path.segments.last().is_some_and(|s| s.ident == "Client"))
}

#[test]
fn every_client_method_is_reserved() {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    let mut methods = Vec::new();
    for file in files.iter().filter(|f| !f.contains("/bin/")) {
        for item in parse(file).items {
            if let syn::Item::Impl(i) = item
                && i.trait_.is_none()
                && is_client(&i.self_ty)
            {
                for it in i.items {
                    if let syn::ImplItem::Fn(f) = it {
                        methods.push(f.sig.ident.to_string());
                    }
                }
            }
        }
    }
    assert_reserved(
        &methods,
        "send",
        CLIENT_METHODS,
        "Client methods missing from codegen's CLIENT_METHODS",
    );
}

fn use_leaves(tree: &syn::UseTree, out: &mut Vec<String>) {
    match tree {
        syn::UseTree::Path(p) => use_leaves(&p.tree, out),
        syn::UseTree::Name(n) => out.push(n.ident.to_string()),
        syn::UseTree::Rename(r) => out.push(r.rename.to_string()),
        syn::UseTree::Group(g) => g.items.iter().for_each(|t| use_leaves(t, out)),
        syn::UseTree::Glob(_) => {}
    }
}

#[test]
fn every_crate_root_name_is_reserved() {
    let mut names = Vec::new();
    for item in parse("src/lib.rs").items {
        match item {
            syn::Item::Use(u) if matches!(u.vis, syn::Visibility::Public(_)) => {
                use_leaves(&u.tree, &mut names)
            }
            syn::Item::Mod(m) => names.push(m.ident.to_string()),
            _ => {}
        }
    }
    assert_reserved(
        &names,
        "Client",
        ROOT_RESERVED,
        "crate-root names missing from codegen's ROOT_RESERVED",
    );
}

#[test]
fn every_operation_method_is_reserved() {
    let mut methods = Vec::new();
    for item in parse("src/operation.rs").items {
        if let syn::Item::Trait(t) = item
            && t.ident == "Operation"
        {
            for it in t.items {
                if let syn::TraitItem::Fn(f) = it {
                    methods.push(f.sig.ident.to_string());
                }
            }
        }
    }
    assert_reserved(
        &methods,
        "fields",
        REQUEST_METHODS,
        "Operation methods missing from codegen's REQUEST_METHODS",
    );
}

fn spec_with(path: &str, from: &str, to: &str) -> Vec<SourceFile> {
    let mut sources = read_spec_dir(Path::new("spec")).expect("spec");
    let file = sources.iter_mut().find(|s| s.path == path).expect(path);
    assert!(file.text.contains(from), "{path} has no {from:?}");
    file.text = file.text.replacen(from, to, 1);
    sources
}

/// The lists are used: names the runtime or the generated file already takes are located errors.
#[test]
fn reserved_names_are_refused_by_the_generator() {
    for (path, from, to, expect) in [
        (
            "endpoints/users-suspend.yaml",
            "rust_name: SuspendUser",
            "rust_name: SendChecked",
            "send_checked",
        ),
        (
            "endpoints/users-suspend.yaml",
            "rust_name: SuspendUser",
            "rust_name: Checked",
            "`Checked` is reserved",
        ),
        (
            "endpoints/users-suspend.yaml",
            "  - name: user_id\n    in: body\n    type: string\n",
            "  - name: field\n    in: body\n    type: enum\n    values: [a, b]\n    description: A field.\n    supported_in: [Okta]\n  - name: user_id\n    in: body\n    type: string\n",
            "`Field`",
        ),
    ] {
        let err = generate(&spec_with(path, from, to)).expect_err(to);
        let text = err.to_string();
        assert!(text.contains(expect), "{to}: {text}");
        assert!(text.contains(path), "{to}: located in {path}: {text}");
    }
}
