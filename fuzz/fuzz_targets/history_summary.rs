//! Any bytes as a history summary entry (issue #16): reading one must end in a value, never a
//! panic. The payload alone is also decoded (a checksum that happens to agree must still be
//! safe), and whatever decodes encodes back to a summary equal to it.
#![no_main]

use libfuzzer_sys::fuzz_target;

use factquiz::store::cache::{decode_summary, encode_summary, unpack_summary};

fuzz_target!(|bytes: &[u8]| {
    let _ = unpack_summary(bytes, 0);
    if let Some(summary) = decode_summary(bytes) {
        let again = decode_summary(&encode_summary(&summary));
        assert_eq!(again.as_ref(), Some(&summary), "a decoded summary encodes back to itself");
    }
});
