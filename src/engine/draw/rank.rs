//! A practice game's items put in the order of their ranks.

/// `items` in the order of their ranks, each below `ranks`, keeping their order among equal ranks,
/// then those with no rank in their order: a stable sort by rank, worked out by counting the
/// items of each rank instead of comparing them (a large bank's items are all ranked; issue #16).
pub(super) fn by_rank<T>(
    items: Vec<T>,
    rank_of: impl Fn(&T) -> Option<usize>,
    ranks: usize,
) -> Vec<T> {
    let places: Vec<usize> = (items.iter())
        .map(|item| rank_of(item).map_or(ranks, |r| r.min(ranks)))
        .collect();
    // Where the next item of each rank goes: after every item of a lower rank.
    let mut next = vec![0usize; ranks + 2];
    for &place in &places {
        next[place + 1] += 1;
    }
    for k in 1..next.len() {
        next[k] += next[k - 1];
    }
    let mut sorted: Vec<Option<T>> = Vec::with_capacity(items.len());
    sorted.resize_with(items.len(), || None);
    for (item, place) in items.into_iter().zip(places) {
        sorted[next[place]] = Some(item);
        next[place] += 1;
    }
    sorted.into_iter().flatten().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::rngs::StdRng;
    use rand::{RngExt, SeedableRng};

    /// The same order as a stable sort with the unranked last, for lists with ranks given
    /// twice, ranks left out, items with no rank, and a rank past `ranks` (read as the last).
    #[test]
    fn ranked_items_come_in_the_order_a_stable_sort_gives() {
        let mut rng = StdRng::seed_from_u64(16);
        for len in [0, 1, 2, 7, 50, 300] {
            let ranks = rng.random_range(1..=len.max(1) * 2);
            let items: Vec<(usize, Option<usize>)> = (0..len)
                .map(|i| (i, rng.random_bool(0.8).then(|| rng.random_range(0..ranks))))
                .collect();
            let mut expected = items.clone();
            expected.sort_by_key(|(_, rank)| rank.unwrap_or(usize::MAX));
            assert_eq!(by_rank(items, |(_, rank)| *rank, ranks), expected, "{len}");
        }
        let items = vec!["a", "b", "c", "d"];
        let rank = |s: &&str| match *s {
            "a" => Some(9),
            "b" => Some(1),
            "c" => None,
            _ => Some(1),
        };
        assert_eq!(by_rank(items, rank, 3), ["b", "d", "a", "c"]);
    }
}
