//! Actor knowledge base and resolver: countries, IGOs, sectors, persons with dated roles.
