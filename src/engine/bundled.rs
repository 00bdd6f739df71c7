//! The bundled file as the game shows it: against its two independent audits (`audit`) and
//! against its source's wording (`shingles`).

mod audit;
mod shingles;
