//! Sentences, UD tokens, tagger, lemmatiser and dependency parser for en, de, fr, es, ru.
