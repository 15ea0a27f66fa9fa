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
    public void AddScaledRoundsEachElementOnceAsScalarCodeWould()
    {
        var random = new Random(7);
        for (int n = 0; n < 70; n++)
        {
            var acc = Values(random, n);
            var x = Values(random, n);
            float scale = (float)random.NextDouble() * 3 - 1;
            var expected = acc.Select((a, i) => a + scale * x[i]).ToArray();
            VectorMath.AddScaled(acc, x, scale);
            Assert.That(acc, Is.EqualTo(expected), $"n = {n}");
        }
    }
}
