//! Any bytes as a bank cache entry (issue #16): reading one must end in a value, never a panic.
//! An entry is whole (`unpack` gives a file) only when its header, length and checksum agree; the
//! payload alone is also decoded as it is (a checksum that happens to agree must still be safe),
//! and whatever decodes encodes back to exactly those bytes; decoded as a stream, the payload gives
//! the same file.
#![no_main]

use libfuzzer_sys::fuzz_target;

use factquiz::store::cache::{decode, decode_from, encode, unpack};

fuzz_target!(|bytes: &[u8]| {
    let _ = unpack(bytes, 0);
    let decoded = decode(bytes);
    // Read as a stream, the same bytes give the same file: compared by its bytes, as a NaN
    // tolerance read from arbitrary bytes is no equal of itself.
    let streamed = decode_from(&mut &bytes[..], bytes.len() as u64);
    assert_eq!(streamed.map(|s| encode(&s.0)), decoded.as_ref().map(encode));
    if let Some(file) = decoded {
        assert_eq!(
            encode(&file),
            bytes,
            "a decoded file encodes back to its bytes"
        );
    }
});
