//! Maps YAML paths (`parameters[3].required_in[2]`) to the line they are written on, so that
//! every spec error can say where it is.

use std::collections::HashMap;

use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

enum Frame {
    Map { key: Option<String> },
    Seq { index: usize },
}

#[derive(Default)]
struct Recorder {
    stack: Vec<Frame>,
    lines: HashMap<String, usize>,
}

impl Recorder {
    fn path(&self) -> String {
        let mut out = String::new();
        for frame in &self.stack {
            match frame {
                Frame::Map { key: Some(k) } => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(k);
                }
                Frame::Map { key: None } => {}
                Frame::Seq { index } => out.push_str(&format!("[{index}]")),
            }
        }
        out
    }

    /// Called when a value node starts: records its line unless its key already has one.
    fn value_started(&mut self, line: usize) {
        let path = self.path();
        self.lines.entry(path).or_insert(line);
    }

    /// Called when a value node ends: the parent moves on.
    fn value_ended(&mut self) {
        match self.stack.last_mut() {
            Some(Frame::Map { key }) => *key = None,
            Some(Frame::Seq { index }) => *index += 1,
            None => {}
        }
    }
}

impl MarkedEventReceiver for Recorder {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        let line = mark.line();
        let expecting_key = matches!(self.stack.last(), Some(Frame::Map { key: None }));
        match ev {
            Event::Scalar(value, ..) if expecting_key => {
                if let Some(Frame::Map { key }) = self.stack.last_mut() {
                    *key = Some(value);
                }
                let path = self.path();
                self.lines.entry(path).or_insert(line);
            }
            Event::Scalar(..) | Event::Alias(..) => {
                self.value_started(line);
                self.value_ended();
            }
            Event::MappingStart(..) => {
                self.value_started(line);
                self.stack.push(Frame::Map { key: None });
            }
            Event::SequenceStart(..) => {
                self.value_started(line);
                self.stack.push(Frame::Seq { index: 0 });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
                self.value_ended();
            }
            _ => {}
        }
    }
}

/// Line numbers of the nodes of one YAML document.
pub struct Locator {
    lines: HashMap<String, usize>,
}

impl Locator {
    /// Indexes `text`. A document the YAML parser rejects gives an empty index; the serde pass
    /// reports that error with its own location.
    pub fn new(text: &str) -> Locator {
        let mut recorder = Recorder::default();
        let mut parser = Parser::new_from_str(text);
        if parser.load(&mut recorder, false).is_err() {
            return Locator {
                lines: HashMap::new(),
            };
        }
        Locator {
            lines: recorder.lines,
        }
    }

    /// The line of `path`, or of its nearest ancestor that has one.
    pub fn line(&self, path: &str) -> Option<usize> {
        let mut path = path;
        loop {
            if let Some(line) = self.lines.get(path) {
                return Some(*line);
            }
            let cut = path.rfind(['.', '['])?;
            path = &path[..cut];
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Locator;

    #[test]
    fn finds_nested_keys_and_flow_items() {
        let text = "name: x\nparameters:\n  - name: a\n    required_in: [A, B]\n  - name: b\n    notes:\n      GitHub: hi\n";
        let l = Locator::new(text);
        assert_eq!(l.line("name"), Some(1));
        assert_eq!(l.line("parameters[0].required_in[1]"), Some(4));
        assert_eq!(l.line("parameters[1]"), Some(5));
        assert_eq!(l.line("parameters[1].notes.GitHub"), Some(7));
        assert_eq!(l.line("parameters[1].notes.Missing"), Some(6));
    }
}
