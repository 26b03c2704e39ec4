package vn.egov.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import vn.egov.model.CriteriaGroup;
import vn.egov.model.CriteriaSet;
import vn.egov.model.Criterion;
import vn.egov.model.Results;
import vn.egov.model.UnitResult;
import vn.egov.ranking.Ranker;

/**
 * How robust the ranks are to the criteria's weights: a Monte-Carlo perturbation of every
 * top-level criterion's max, and leaving out one criteria group at a time.
 *
 * <p>Each sample multiplies every top-level criterion's max by its own factor drawn uniformly from
 * [1 − F, 1 + F] (in steps of 10⁻⁶ of the interval, from a {@link SplittableRandom} seeded with
 * the seed, sample after sample and criterion after criterion in the criteria set's order), then
 * rescores with the engine ({@link Reweighting}: what a factor means for each method is
 * documented there) and ranks and classifies with the engine's {@link Ranker}. Leaving a group out
 * gives its criteria the factor 0. The samples are computed in parallel but each has its own
 * factors drawn beforehand, so the same settings always give the same report.
 *
 * <p>Per ranked unit: the median of its sample ranks, the 5th and 95th percentiles (nearest-rank
 * method), the interval reported ({@code low}–{@code high}: the percentiles' interval widened, where
 * needed, to include the published rank — which can fall outside when a tie at the published
 * figure is broken the same way in nearly every sample), and the share of samples in which it keeps
 * its published class. With F = 0 every factor is exactly 1 and every sample reproduces the
 * published ranks.
 */
public final class Sensitivity {
  /** Factors are drawn in this many steps over [1 − F, 1 + F]. */
  static final int STEPS = 1_000_000;

  private Sensitivity() {}

  /**
   * What to run.
   *
   * @param noise F: each factor is uniform in [1 − F, 1 + F]; 0 ≤ F ≤ 1
   */
  public record Settings(int samples, BigDecimal noise, long seed) {
    public Settings {
      if (samples < 1) {
        throw new IllegalArgumentException("samples must be at least 1: " + samples);
      }
      if (noise.signum() < 0 || noise.compareTo(BigDecimal.ONE) > 0) {
        throw new IllegalArgumentException("noise must be within 0 and 1: " + noise);
      }
    }
  }

  /**
   * One ranked unit's ranks over the samples.
   *
   * @param rank the published rank; {@code score} and {@code classification} the published ones
   * @param median the median sample rank (x.5 for an even count split between two ranks)
   * @param low the interval reported: min(p05, rank)
   * @param high the interval reported: max(p95, rank)
   * @param keepClass the share of samples keeping the published class (0–1, three decimals), or
   *     {@code null} without classification
   * @param samples the samples in which the unit was ranked (all, unless a factor of 0 took its
   *     whole max)
   */
  public record UnitRanks(
      String id,
      String name,
      String group,
      int rank,
      BigDecimal score,
      String classification,
      BigDecimal median,
      int low,
      int high,
      int p05,
      int p95,
      int min,
      int max,
      BigDecimal keepClass,
      int samples) {}

  /** The units' ranks without one criteria group (its criteria weigh 0). */
  public record LeaveOut(String groupId, String groupName, List<Placing> units) {
    public LeaveOut {
      units = List.copyOf(units);
    }
  }

  /**
   * A unit's figures in a leave-one-group-out scenario.
   *
   * @param rank {@code null} when not ranked there (its whole max was in the group)
   */
  public record Placing(String id, Integer rank, BigDecimal score, String classification) {}

  /**
   * The outcome.
   *
   * @param units the ranked units in published order
   * @param unranked units scored but not ranked (not part of the analysis)
   */
  public record Report(Settings settings, int criteria, List<UnitRanks> units, List<LeaveOut> leaveOut, int unranked) {
    public Report {
      units = List.copyOf(units);
      leaveOut = List.copyOf(leaveOut);
    }
  }

  /**
   * Runs the analysis on the engine's results.
   *
   * @param progress told the number of samples done, from any thread (may be called often)
   */
  public static Report run(Results results, Settings settings, IntConsumer progress) {
    CriteriaSet set = results.criteria();
    Reweighting rw = new Reweighting(set, results.units());
    Ranker ranker = new Ranker(set);
    List<Criterion> top = rw.topLevel();
    List<UnitResult> ranked = results.units().stream().filter(u -> u.fin() != null && u.fin().rank() != null).toList();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < ranked.size(); i++) {
      index.put(ranked.get(i).id(), i);
    }
    BigDecimal[][] factors = factors(settings, top.size());
    int n = settings.samples();
    int[][] ranks = new int[n][];
    boolean[][] kept = new boolean[n][];
    AtomicInteger done = new AtomicInteger();
    IntStream.range(0, n)
        .parallel()
        .forEach(
            s -> {
              int[] r = new int[ranked.size()];
              boolean[] k = new boolean[ranked.size()];
              for (UnitResult u : ranker.rank(rw.rescore(factors[s]))) {
                Integer i = index.get(u.id());
                if (i != null && u.fin() != null && u.fin().rank() != null) {
                  r[i] = u.fin().rank();
                  k[i] = Objects.equals(u.fin().classification(), ranked.get(i).fin().classification());
                }
              }
              ranks[s] = r;
              kept[s] = k;
              progress.accept(done.incrementAndGet());
            });
    boolean classified = ranked.stream().anyMatch(u -> u.fin().classification() != null);
    List<UnitRanks> rows = new ArrayList<>();
    for (int i = 0; i < ranked.size(); i++) {
      rows.add(stats(ranked.get(i), i, ranks, kept, classified));
    }
    List<LeaveOut> leaveOut = new ArrayList<>();
    for (CriteriaGroup g : set.groups()) {
      BigDecimal[] f = new BigDecimal[top.size()];
      for (int c = 0; c < top.size(); c++) {
        f[c] = g.criteria().contains(top.get(c)) ? BigDecimal.ZERO : BigDecimal.ONE;
      }
      Map<String, UnitResult> byId = new HashMap<>();
      ranker.rank(rw.rescore(f)).forEach(u -> byId.put(u.id(), u));
      List<Placing> placings = new ArrayList<>();
      for (UnitResult u : ranked) {
        UnitResult o = byId.get(u.id());
        placings.add(new Placing(u.id(), o.fin().rank(), o.fin().score(), o.fin().classification()));
      }
      leaveOut.add(new LeaveOut(g.id(), g.name(), placings));
    }
    int unranked =
        (int) results.units().stream().filter(u -> u.fin() != null && u.fin().rank() == null).count();
    return new Report(settings, top.size(), rows, leaveOut, unranked);
  }

  /** Every sample's factors, drawn in order from one generator. */
  static BigDecimal[][] factors(Settings s, int criteria) {
    SplittableRandom random = new SplittableRandom(s.seed());
    BigDecimal low = BigDecimal.ONE.subtract(s.noise());
    BigDecimal step = s.noise().multiply(BigDecimal.valueOf(2)).movePointLeft(6); // 2F / STEPS
    BigDecimal[][] out = new BigDecimal[s.samples()][criteria];
    for (BigDecimal[] sample : out) {
      for (int c = 0; c < criteria; c++) {
        int k = random.nextInt(STEPS + 1);
        sample[c] = low.add(step.multiply(BigDecimal.valueOf(k)));
      }
    }
    return out;
  }

  private static UnitRanks stats(UnitResult u, int i, int[][] ranks, boolean[][] kept, boolean classified) {
    int[] mine = new int[ranks.length];
    int count = 0;
    int keep = 0;
    for (int s = 0; s < ranks.length; s++) {
      if (ranks[s][i] > 0) {
        mine[count++] = ranks[s][i];
      }
      if (kept[s][i]) {
        keep++;
      }
    }
    int[] sorted = Arrays.copyOf(mine, count);
    Arrays.sort(sorted);
    int rank = u.fin().rank();
    if (count == 0) {
      return new UnitRanks(
          u.id(), u.unit().name(), u.unit().group(), rank, u.fin().score(), u.fin().classification(), null, rank, rank, rank, rank, rank, rank,
          classified ? BigDecimal.ZERO.setScale(3) : null, 0);
    }
    BigDecimal median =
        count % 2 == 1
            ? BigDecimal.valueOf(sorted[count / 2])
            : BigDecimal.valueOf((long) sorted[count / 2 - 1] + sorted[count / 2]).divide(BigDecimal.valueOf(2));
    int p05 = sorted[nearestRank(0.05, count)];
    int p95 = sorted[nearestRank(0.95, count)];
    BigDecimal keepShare =
        classified
            ? BigDecimal.valueOf(keep).divide(BigDecimal.valueOf(ranks.length), 3, RoundingMode.HALF_UP)
            : null;
    return new UnitRanks(
        u.id(),
        u.unit().name(),
        u.unit().group(),
        rank,
        u.fin().score(),
        u.fin().classification(),
        median.stripTrailingZeros().scale() < 0 ? median.setScale(0) : median.stripTrailingZeros(),
        Math.min(p05, rank),
        Math.max(p95, rank),
        p05,
        p95,
        sorted[0],
        sorted[count - 1],
        keepShare,
        count);
  }

  /** The index of the p-th percentile by the nearest-rank method: ⌈p·n⌉ − 1, at least 0. */
  static int nearestRank(double p, int n) {
    // p·n in exact decimals so that 0.05 × 1000 is 50, not 50.000000000000004
    BigDecimal pn = BigDecimal.valueOf(p).multiply(BigDecimal.valueOf(n));
    return Math.max(0, pn.setScale(0, RoundingMode.CEILING).intValueExact() - 1);
  }
}
