using Summarizer.Engine.Numerics;

namespace Summarizer.Engine.Tests.Numerics;

/// <summary>The sums of <see cref="VectorMath"/> follow one documented order, so they are the same bits on every CPU.
/// The reference below is that order written as plain scalar code: lane i mod 8, lanes paired (l0 + l4, ...), the
/// pairs added as ((p0 + p1) + (p2 + p3)), then the tail past the last full 8 in sequence.</summary>
public class VectorMathTests
{
    private static float InDocumentedOrder(float[] x, float[] y, Func<float, float, float> term)
    {
        int n = Math.Min(x.Length, y.Length), full = n / VectorMath.SumLanes * VectorMath.SumLanes;
        float sum = 0;
        if (full > 0)
        {
            var lanes = new float[VectorMath.SumLanes];
            for (int i = 0; i < full; i++) lanes[i % VectorMath.SumLanes] += term(x[i], y[i]);
            sum = ((lanes[0] + lanes[4]) + (lanes[1] + lanes[5])) + ((lanes[2] + lanes[6]) + (lanes[3] + lanes[7]));
        }
        for (int i = full; i < n; i++) sum += term(x[i], y[i]);
        return sum;
    }

    private static float Product(float a, float b) => a * b;

    private static float SquaredDifference(float a, float b) => (a - b) * (a - b);

    /// <summary>Values over six orders of magnitude, so that summing in another order changes the rounding.</summary>
    private static float[] Values(Random random, int n) =>
        Enumerable.Range(0, n).Select(_ => (float)((random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-3, 4)))).ToArray();

    [Test]
    public void DotAndSquaredDistanceAreTheDocumentedOrderBitForBit()
    {
        var random = new Random(25);
        int orderMattered = 0;
        for (int trial = 0; trial < 4000; trial++)
        {
            int n = trial % 70;
            var x = Values(random, n);
            var y = Values(random, n + random.Next(0, 3)); // the shorter span sets the length
            Assert.That(BitConverter.SingleToInt32Bits(VectorMath.Dot(x, y)), Is.EqualTo(BitConverter.SingleToInt32Bits(InDocumentedOrder(x, y, Product))), $"dot, n = {n}");
            Assert.That(BitConverter.SingleToInt32Bits(VectorMath.SquaredDistance(x, y)), Is.EqualTo(BitConverter.SingleToInt32Bits(InDocumentedOrder(x, y, SquaredDifference))), $"distance, n = {n}");
            float sequential = 0;
            for (int i = 0; i < n; i++) sequential += x[i] * y[i];
            if (sequential != VectorMath.Dot(x, y)) orderMattered++;
        }
        // The inputs are ones where the order shows: a plain sequential sum differs on many of them.
        Assert.That(orderMattered, Is.GreaterThan(100));
    }

    [Test]
    public void AddScaledRoundsEachElementOnceAsScalarCodeWouldAndTouchesNothingBeyondTheShorterSpan()
    {
        const float Sentinel = 12345f;
        var random = new Random(7);
        for (int n = 0; n < 70; n++)
        {
            foreach (int extra in new[] { 0, 3 })
            {
                // acc is a slice of a larger array: a write past its end would change the sentinels after it.
                var storage = Values(random, n + extra + 16);
                storage.AsSpan(n + extra).Fill(Sentinel);
                var x = Values(random, n + 3 - extra); // the shorter of the two sets the length
                float scale = (float)random.NextDouble() * 3 - 1;
                var expected = storage.Select((a, i) => i < n ? a + scale * x[i] : a).ToArray();

                VectorMath.AddScaled(storage.AsSpan(0, n + extra), x, scale);

                Assert.That(storage, Is.EqualTo(expected), $"n = {n}, acc {n + extra} long, x {x.Length} long");
            }
        }
    }

    [TestCase(new[] { 3f, 4f })]
    [TestCase(new[] { -1f, 2f, 0.5f, 7f, 1e-3f, -2f, 3f, 4f, 5f, 1f })]
    public void NormalizeInPlaceKeepsTheDirectionAtUnitLength(float[] values)
    {
        var x = (float[])values.Clone();
        VectorMath.NormalizeInPlace(x);
        Assert.That(VectorMath.Dot(x, x), Is.EqualTo(1f).Within(1e-6f));
        float norm = MathF.Sqrt(values.Sum(v => v * v));
        Assert.That(x, Is.EqualTo(values.Select(v => v / norm)).Within(1e-6f));
    }

    [TestCase(0f, TestName = "{m}(zero)")]
    [TestCase(1e-20f, TestName = "{m}(length below 1e-12)")]
    [TestCase(float.PositiveInfinity, TestName = "{m}(infinite)")]
    [TestCase(float.NaN, TestName = "{m}(NaN)")]
    public void AVectorWithNoUsableLengthBecomesZeroNeverNaN(float value)
    {
        var x = new[] { value, 0f, value };
        VectorMath.NormalizeInPlace(x);
        Assert.That(x, Is.All.EqualTo(0f));
    }
}
