//! Research records as a Parquet file (`relais research convert --parquet`), so that they load
//! directly in DuckDB, Spark, Trino or BigQuery: one typed column per field of the record schema
//! (docs/research-record.schema.json), then where each record was read (`source`, `file`,
//! `line`), which `crate/research/sql/aggregate.sql` needs to drop exports sent twice exactly as
//! `relais research aggregate` does.
//!
//! Written with the `parquet` crate's low-level writer (no arrow, no compression codec: string
//! columns are dictionary-encoded), one row group per [`ROW_GROUP`] records, so memory stays
//! bounded whatever the number of records.

use std::fs::File;
use std::io::BufWriter;
use std::sync::Arc;

use parquet::data_type::{ByteArray, ByteArrayType, Int32Type, Int64Type};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::parser::parse_message_type;
use relais_research::records::RecordRef;

/// Records per row group.
pub const ROW_GROUP: usize = 65_536;

/// The Parquet schema: the record schema's fields, in its order, then `source`, `file`, `line`.
pub const SCHEMA: &str = "
message research_record {
  required int32 schema_version;
  required binary contributor_id (STRING);
  required binary export_id (STRING);
  required binary portal (STRING);
  required binary procedure (STRING);
  required binary failure_kind (STRING);
  required binary message (STRING);
  required binary hour_utc (STRING);
  required binary weekday (STRING);
  optional binary departement (STRING);
  required int32 attempt_count;
  required binary browser_family (STRING);
  required binary extension_version (STRING);
  required int32 source;
  required binary file (STRING);
  required int64 line;
}
";

/// String columns in schema order, `departement` (optional) apart.
const STRINGS: usize = 10;

/// A Parquet file being written, a row group at a time.
pub struct RecordsParquet {
    writer: SerializedFileWriter<BufWriter<File>>,
    strings: [Vec<ByteArray>; STRINGS],
    file: Vec<ByteArray>,
    departement: Vec<ByteArray>,
    departement_defined: Vec<i16>,
    schema_version: Vec<i32>,
    attempt_count: Vec<i32>,
    source: Vec<i32>,
    line: Vec<i64>,
    pub rows: u64,
}

fn err(e: impl std::fmt::Display) -> String {
    format!("writing Parquet: {e}")
}

impl RecordsParquet {
    pub fn create(file: File) -> Result<Self, String> {
        let schema = Arc::new(parse_message_type(SCHEMA).map_err(err)?);
        let props = WriterProperties::builder()
            .set_created_by(format!("relais {}", env!("CARGO_PKG_VERSION")))
            .set_max_row_group_row_count(Some(ROW_GROUP))
            .build();
        let writer = SerializedFileWriter::new(BufWriter::new(file), schema, Arc::new(props))
            .map_err(err)?;
        Ok(RecordsParquet {
            writer,
            strings: Default::default(),
            file: Vec::new(),
            departement: Vec::new(),
            departement_defined: Vec::new(),
            schema_version: Vec::new(),
            attempt_count: Vec::new(),
            source: Vec::new(),
            line: Vec::new(),
            rows: 0,
        })
    }

    /// Adds a record read from file number `source` (in reading order), named `file`, at `line`.
    pub fn push(
        &mut self,
        source: i32,
        file: &str,
        line: u64,
        r: &RecordRef<'_>,
    ) -> Result<(), String> {
        let texts: [&str; STRINGS] = [
            &r.contributor_id,
            &r.export_id,
            &r.portal,
            &r.procedure,
            r.failure_kind.as_str(),
            &r.message,
            &r.hour_utc,
            r.weekday.as_str(),
            r.browser_family.as_str(),
            &r.extension_version,
        ];
        for (column, text) in self.strings.iter_mut().zip(texts) {
            column.push(ByteArray::from(text));
        }
        match &r.departement {
            Some(d) => {
                self.departement.push(ByteArray::from(&**d));
                self.departement_defined.push(1);
            }
            None => self.departement_defined.push(0),
        }
        self.schema_version.push(r.schema_version as i32);
        self.attempt_count.push(r.attempt_count as i32);
        self.source.push(source);
        self.file.push(ByteArray::from(file));
        self.line.push(line as i64);
        if self.line.len() >= ROW_GROUP {
            self.flush()?;
        }
        Ok(())
    }

    /// Writes the buffered records as one row group.
    fn flush(&mut self) -> Result<(), String> {
        if self.line.is_empty() {
            return Ok(());
        }
        let mut rg = self.writer.next_row_group().map_err(err)?;
        let mut strings = self.strings.iter();
        let mut index = 0;
        while let Some(mut col) = rg.next_column().map_err(err)? {
            // Columns in schema order: schema_version, 8 strings, departement, attempt_count,
            // 2 strings, source, file, line; `strings` holds the 10 strings in that order.
            match index {
                0 => {
                    col.typed::<Int32Type>()
                        .write_batch(&self.schema_version, None, None)
                        .map_err(err)?;
                }
                9 => {
                    col.typed::<ByteArrayType>()
                        .write_batch(&self.departement, Some(&self.departement_defined), None)
                        .map_err(err)?;
                }
                10 => {
                    col.typed::<Int32Type>()
                        .write_batch(&self.attempt_count, None, None)
                        .map_err(err)?;
                }
                13 => {
                    col.typed::<Int32Type>()
                        .write_batch(&self.source, None, None)
                        .map_err(err)?;
                }
                14 => {
                    col.typed::<ByteArrayType>()
                        .write_batch(&self.file, None, None)
                        .map_err(err)?;
                }
                15 => {
                    col.typed::<Int64Type>()
                        .write_batch(&self.line, None, None)
                        .map_err(err)?;
                }
                _ => {
                    let values = strings.next().ok_or_else(|| err("schema mismatch"))?;
                    col.typed::<ByteArrayType>()
                        .write_batch(values, None, None)
                        .map_err(err)?;
                }
            }
            col.close().map_err(err)?;
            index += 1;
        }
        rg.close().map_err(err)?;
        self.rows += self.line.len() as u64;
        for c in &mut self.strings {
            c.clear();
        }
        self.file.clear();
        self.departement.clear();
        self.departement_defined.clear();
        self.schema_version.clear();
        self.attempt_count.clear();
        self.source.clear();
        self.line.clear();
        Ok(())
    }

    /// Writes what is left and the footer; returns the number of records written.
    pub fn finish(mut self) -> Result<u64, String> {
        self.flush()?;
        self.writer.close().map_err(err)?;
        Ok(self.rows)
    }
}
