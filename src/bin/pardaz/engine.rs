//! The line engine of the CLI: reads one document per line, processes lines on every core, and
//! writes one output line per input line, in input order, with bounded memory.
//!
//! Lines are grouped into batches (by bytes, so a 100 MB line is a batch of its own). The
//! reader may run at most `in_flight` batches ahead of the writer: a batch takes a slot before
//! it is sent to the workers and gives it back once it is written, so memory stays bounded by
//! `in_flight` batches however slow one batch is.

use std::collections::BTreeMap;
use std::fmt;
use std::io::{self, BufRead, Write};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::sync::{Arc, Mutex};
use std::thread;

/// How invalid UTF-8 in the input is handled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Utf8Policy {
    /// Stop at the first invalid line with an error naming it.
    Strict,
    /// Replace invalid bytes with U+FFFD and go on.
    Lossy,
}

/// Settings of one run.
#[derive(Clone, Copy, Debug)]
pub struct EngineOptions {
    /// Worker threads (at least 1).
    pub threads: usize,
    /// Bytes of input gathered into one batch before it is handed to a worker.
    pub batch_bytes: usize,
    pub utf8: Utf8Policy,
}

/// Why a run stopped early.
#[derive(Debug)]
pub enum RunError {
    Io(io::Error),
    /// A line that is not valid UTF-8 (`line` counts from 1; offsets are in bytes).
    InvalidUtf8 {
        line: u64,
        offset_in_line: usize,
        offset_in_input: u64,
    },
}

impl fmt::Display for RunError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RunError::Io(e) => write!(f, "I/O error: {e}"),
            RunError::InvalidUtf8 {
                line,
                offset_in_line,
                offset_in_input,
            } => write!(
                f,
                "invalid UTF-8 on line {line} at byte {offset_in_line} of the line \
                 (byte {offset_in_input} of the input); every earlier line was written. \
                 Use --lossy to replace invalid bytes with U+FFFD and go on"
            ),
        }
    }
}

impl From<io::Error> for RunError {
    fn from(e: io::Error) -> Self {
        RunError::Io(e)
    }
}

/// A batch of input lines, with the number of its first line and its offset in the input.
struct Batch {
    index: u64,
    first_line: u64,
    first_offset: u64,
    data: Vec<u8>,
    /// End offset (exclusive, without the line terminator) and next-line start of each line in
    /// `data`.
    lines: Vec<(usize, usize)>,
}

/// The processed form of a batch: its output bytes, and the error that cut it short if any.
struct Done {
    index: u64,
    /// Lines processed.
    lines: u64,
    output: Vec<u8>,
    error: Option<RunError>,
}

/// Processes `input` line by line with `process`, which appends the output for one line
/// (without the newline) to its buffer. Returns the number of lines processed.
pub fn run<R, W, F>(
    input: R,
    output: W,
    options: EngineOptions,
    process: F,
) -> Result<u64, RunError>
where
    R: BufRead + Send,
    W: Write,
    F: Fn(&str, &mut Vec<u8>) + Sync,
{
    let threads = options.threads.max(1);
    let in_flight = threads * 4;
    thread::scope(|scope| {
        let (slot_tx, slot_rx) = sync_channel::<()>(in_flight);
        for _ in 0..in_flight {
            // Cannot fail: the channel has room for every slot.
            let _ = slot_tx.send(());
        }
        let (batch_tx, batch_rx) = sync_channel::<Batch>(in_flight);
        let batch_rx = Arc::new(Mutex::new(batch_rx));
        let (done_tx, done_rx) = sync_channel::<Done>(in_flight);
        let reader =
            scope.spawn(move || read_batches(input, options.batch_bytes, slot_rx, batch_tx));
        for _ in 0..threads {
            let batch_rx = Arc::clone(&batch_rx);
            let done_tx = done_tx.clone();
            let process = &process;
            let utf8 = options.utf8;
            scope.spawn(move || work(batch_rx, done_tx, process, utf8));
        }
        drop(done_tx);
        let written = write_in_order(output, done_rx, slot_tx);
        // The reader stops on its own once the slots or the workers are gone.
        let read = reader
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("reader thread panicked")));
        let lines = written?;
        read?;
        Ok(lines)
    })
}

fn read_batches<R: BufRead>(
    mut input: R,
    batch_bytes: usize,
    slots: Receiver<()>,
    batches: SyncSender<Batch>,
) -> io::Result<()> {
    let mut index = 0u64;
    let mut line_no = 1u64;
    let mut offset = 0u64;
    loop {
        if slots.recv().is_err() {
            return Ok(()); // the writer stopped
        }
        let mut data = Vec::with_capacity(batch_bytes.min(1 << 20));
        let mut lines = Vec::new();
        while data.len() < batch_bytes {
            let start = data.len();
            let n = input.read_until(b'\n', &mut data)?;
            if n == 0 {
                break;
            }
            let mut end = data.len();
            if data[end - 1] == b'\n' {
                end -= 1;
                if end > start && data[end - 1] == b'\r' {
                    end -= 1;
                }
            }
            lines.push((end, data.len()));
        }
        if lines.is_empty() {
            return Ok(());
        }
        let count = lines.len() as u64;
        let size = data.len() as u64;
        let batch = Batch {
            index,
            first_line: line_no,
            first_offset: offset,
            data,
            lines,
        };
        if batches.send(batch).is_err() {
            return Ok(()); // the workers stopped
        }
        index += 1;
        line_no += count;
        offset += size;
    }
}

fn work<F>(
    batches: Arc<Mutex<Receiver<Batch>>>,
    done: SyncSender<Done>,
    process: &F,
    utf8: Utf8Policy,
) where
    F: Fn(&str, &mut Vec<u8>),
{
    loop {
        let batch = {
            let Ok(rx) = batches.lock() else { return };
            match rx.recv() {
                Ok(b) => b,
                Err(_) => return,
            }
        };
        let mut output = Vec::with_capacity(batch.data.len() + batch.data.len() / 2);
        let mut error = None;
        let mut line_start = 0usize;
        let mut lines = 0u64;
        for (i, &(end, next)) in batch.lines.iter().enumerate() {
            let bytes = &batch.data[line_start..end];
            match std::str::from_utf8(bytes) {
                Ok(text) => process(text, &mut output),
                Err(_) if utf8 == Utf8Policy::Lossy => {
                    process(&String::from_utf8_lossy(bytes), &mut output);
                }
                Err(e) => {
                    error = Some(RunError::InvalidUtf8 {
                        line: batch.first_line + i as u64,
                        offset_in_line: e.valid_up_to(),
                        offset_in_input: batch.first_offset + (line_start + e.valid_up_to()) as u64,
                    });
                    break;
                }
            }
            output.push(b'\n');
            line_start = next;
            lines += 1;
        }
        if done
            .send(Done {
                index: batch.index,
                lines,
                output,
                error,
            })
            .is_err()
        {
            return;
        }
    }
}

fn write_in_order<W: Write>(
    mut out: W,
    done: Receiver<Done>,
    slots: SyncSender<()>,
) -> Result<u64, RunError> {
    let mut next = 0u64;
    let mut waiting: BTreeMap<u64, Done> = BTreeMap::new();
    let mut lines = 0u64;
    for d in done {
        waiting.insert(d.index, d);
        while let Some(d) = waiting.remove(&next) {
            out.write_all(&d.output)?;
            lines += d.lines;
            if let Some(e) = d.error {
                out.flush()?;
                return Err(e);
            }
            next += 1;
            // The reader may be gone already (end of input): nothing to give back then.
            let _ = slots.try_send(());
        }
    }
    out.flush()?;
    Ok(lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(threads: usize, batch_bytes: usize, utf8: Utf8Policy) -> EngineOptions {
        EngineOptions {
            threads,
            batch_bytes,
            utf8,
        }
    }

    fn upper(line: &str, out: &mut Vec<u8>) {
        out.extend_from_slice(line.to_uppercase().as_bytes());
    }

    #[test]
    fn output_has_one_line_per_input_line_in_order() {
        let input: String = (0..1000).map(|i| format!("line {i}\n")).collect();
        let mut out = Vec::new();
        let n = run(
            input.as_bytes(),
            &mut out,
            options(3, 64, Utf8Policy::Strict),
            upper,
        )
        .unwrap();
        assert_eq!(n, 1000);
        let expected: String = (0..1000).map(|i| format!("LINE {i}\n")).collect();
        assert_eq!(String::from_utf8(out).unwrap(), expected);
    }

    #[test]
    fn a_last_line_without_newline_and_crlf_endings_are_lines_too() {
        let mut out = Vec::new();
        run(
            &b"a\r\nb\n\nc"[..],
            &mut out,
            options(2, 1, Utf8Policy::Strict),
            upper,
        )
        .unwrap();
        assert_eq!(out, b"A\nB\n\nC\n");
    }

    #[test]
    fn invalid_utf8_stops_after_writing_every_earlier_line() {
        let input = b"ok one\nok two\nbad \xFF here\nnever\n";
        let mut out = Vec::new();
        let err = run(
            &input[..],
            &mut out,
            options(2, 8, Utf8Policy::Strict),
            upper,
        )
        .unwrap_err();
        assert_eq!(out, b"OK ONE\nOK TWO\n");
        match err {
            RunError::InvalidUtf8 {
                line,
                offset_in_line,
                offset_in_input,
            } => assert_eq!((line, offset_in_line, offset_in_input), (3, 4, 18)),
            other => panic!("unexpected {other}"),
        }
    }

    #[test]
    fn lossy_mode_replaces_invalid_bytes_and_goes_on() {
        let mut out = Vec::new();
        run(
            &b"a\xFFb\nc\n"[..],
            &mut out,
            options(1, 1024, Utf8Policy::Lossy),
            upper,
        )
        .unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "A\u{FFFD}B\nC\n");
    }

    #[test]
    fn empty_input_writes_nothing() {
        let mut out = Vec::new();
        assert_eq!(
            run(
                &b""[..],
                &mut out,
                options(2, 16, Utf8Policy::Strict),
                upper
            )
            .unwrap(),
            0
        );
        assert!(out.is_empty());
    }
}
