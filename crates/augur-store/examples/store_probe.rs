use std::time::Instant;
fn main() {
    let data: Vec<_> = (0..20000u64).map(|k| augur_store::synth::synthetic_doc(k, 42)).collect();
    let t = Instant::now();
    let mut n = 0;
    for (d, _) in &data { n += augur_store::minhash::Signature::of(&d.text).map(|s| s.0[0] as usize).unwrap_or(0) & 1; }
    println!("minhash {:?} {n}", t.elapsed());
    let t = Instant::now();
    let js: Vec<String> = data.iter().flat_map(|(_, m)| m.iter().map(|m| serde_json::to_string(m).unwrap())).collect();
    println!("json {:?} {}", t.elapsed(), js.len());
    let t = Instant::now();
    let mut bytes = 0;
    for j in &js { bytes += augur_store::codec::encode(j).len(); }
    println!("encode {:?} {}", t.elapsed(), bytes / js.len());
    let t = Instant::now();
    for (_, ms) in &data { for m in ms { n += m.id().len(); } }
    println!("ids {:?} {n}", t.elapsed());
}
