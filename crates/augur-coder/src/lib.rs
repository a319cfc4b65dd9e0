//! CAMEO and PLOVER event coding from UD trees, with provenance.
