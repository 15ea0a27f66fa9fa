namespace Summarizer.Engine.Numerics;

/// <summary>A tiny seeded PRNG (SplitMix64) owned by the engine, so k-means++ seeding gives the same
/// result on every runtime, platform and version (System.Random's seeded sequence is not a contract).</summary>
internal struct DeterministicRandom(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));
}
