//! Any bytes as a bank cache entry (issue #16): reading one must end in a value, never a panic.
//! An entry is whole (`unpack` gives a file) only when its header, length and checksum agree; the
//! payload alone is also decoded as it is (a checksum that happens to agree must still be safe),
//! and whatever decodes encodes back to exactly those bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;

use factquiz::store::cache::{decode, encode, unpack};

fuzz_target!(|bytes: &[u8]| {
    let _ = unpack(bytes, 0);
    if let Some(file) = decode(bytes) {
        assert_eq!(encode(&file), bytes, "a decoded file encodes back to its bytes");
    }
});
