/*
 * The floor of issue #5: a plain C CSR (int32 neighbour arrays, built once after loading)
 * answering the benchmark's engine queries on the same graph and workload as casegraph.
 *
 *   floor DUMP TIME_LIMIT_SECONDS  > results.json
 *
 * DUMP is written by `casegraph-bench --floor`: the graph's edges as (source, target) node
 * indices and the workload as node indices, so that both programs answer exactly the same
 * questions with the same node numbering. Every answer is printed, for casegraph-bench to
 * compare with its own.
 *
 * Queries (as casegraph's engine calls in the bench):
 *   one_hop / two_hop: distinct nodes within 1 / 2 hops, both directions, start excluded;
 *   path: hops of a shortest path, both directions (bidirectional BFS), -1 when none;
 *   trace: the same along edge directions only.
 *
 * Build: cc -O2 -o .build-floor/floor Benchmarks/floor/floor.c
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct { int64_t *offsets; int32_t *targets; } CSR;

static int32_t node_count;
static CSR out_csr, in_csr;
static uint32_t *stamp_a, *stamp_b;   /* "seen in query number N" for either search side */
static int32_t *dist_a, *dist_b;
static int32_t *queue_a, *queue_b;
static uint32_t query_number;

static void fail(const char *message) { fprintf(stderr, "floor: %s\n", message); exit(2); }

static void *allocate(size_t count, size_t size) {
    void *memory = calloc(count ? count : 1, size);
    if (!memory) fail("out of memory");
    return memory;
}

static void read_exact(FILE *file, void *into, size_t size) {
    if (size && fread(into, 1, size, file) != size) fail("the dump is truncated");
}

static uint64_t now_ns(void) {
    struct timespec spec;
    clock_gettime(CLOCK_MONOTONIC, &spec);
    return (uint64_t)spec.tv_sec * 1000000000u + (uint64_t)spec.tv_nsec;
}

/* Counting sort of the edges by `from`: offsets[v] .. offsets[v + 1] are v's neighbours. */
static CSR build_csr(const int32_t *from, const int32_t *to, int64_t edge_count) {
    CSR csr = { allocate((size_t)node_count + 1, sizeof(int64_t)), allocate((size_t)edge_count, sizeof(int32_t)) };
    for (int64_t e = 0; e < edge_count; e++) csr.offsets[from[e] + 1]++;
    for (int32_t v = 0; v < node_count; v++) csr.offsets[v + 1] += csr.offsets[v];
    int64_t *fill = allocate((size_t)node_count, sizeof(int64_t));
    memcpy(fill, csr.offsets, (size_t)node_count * sizeof(int64_t));
    for (int64_t e = 0; e < edge_count; e++) csr.targets[fill[from[e]]++] = to[e];
    free(fill);
    return csr;
}

/* Distinct nodes within `depth` hops of `start` following both directions, start excluded. */
static int64_t reach_count(int32_t start, int depth) {
    uint32_t stamp = ++query_number;
    int64_t head = 0, tail = 1;
    queue_a[0] = start;
    stamp_a[start] = stamp;
    for (int level = 0; level < depth && head < tail; level++) {
        int64_t level_end = tail;
        for (; head < level_end; head++) {
            int32_t node = queue_a[head];
            for (int side = 0; side < 2; side++) {
                const CSR *csr = side ? &in_csr : &out_csr;
                for (int64_t slot = csr->offsets[node]; slot < csr->offsets[node + 1]; slot++) {
                    int32_t next = csr->targets[slot];
                    if (stamp_a[next] != stamp) { stamp_a[next] = stamp; queue_a[tail++] = next; }
                }
            }
        }
    }
    return tail - 1;
}

/* Expands one whole level of one side; returns the shortest meeting length found, or -1. */
static int32_t expand_level(const CSR *first, const CSR *second, int32_t *queue, int64_t *head, int64_t *tail,
                            uint32_t *mine, int32_t *my_dist, const uint32_t *theirs, const int32_t *their_dist,
                            uint32_t stamp) {
    int32_t best = -1;
    int64_t level_end = *tail;
    for (; *head < level_end; (*head)++) {
        int32_t node = queue[*head];
        for (int side = 0; side < 2; side++) {
            const CSR *csr = side ? second : first;
            if (!csr) continue;
            for (int64_t slot = csr->offsets[node]; slot < csr->offsets[node + 1]; slot++) {
                int32_t next = csr->targets[slot];
                if (mine[next] == stamp) continue;
                mine[next] = stamp;
                my_dist[next] = my_dist[node] + 1;
                queue[(*tail)++] = next;
                if (theirs[next] == stamp) {
                    int32_t length = my_dist[next] + their_dist[next];
                    if (best < 0 || length < best) best = length;
                }
            }
        }
    }
    return best;
}

/* Hops of a shortest path from `source` to `target` (bidirectional BFS, smaller frontier first). */
static int32_t shortest_path(int32_t source, int32_t target, int both_directions) {
    if (source == target) return 0;
    uint32_t stamp = ++query_number;
    int64_t head_a = 0, tail_a = 1, head_b = 0, tail_b = 1;
    queue_a[0] = source; stamp_a[source] = stamp; dist_a[source] = 0;
    queue_b[0] = target; stamp_b[target] = stamp; dist_b[target] = 0;
    const CSR *forward_second = both_directions ? &in_csr : NULL;
    const CSR *backward_second = both_directions ? &out_csr : NULL;
    while (head_a < tail_a && head_b < tail_b) {
        int32_t found;
        if (tail_a - head_a <= tail_b - head_b)
            found = expand_level(&out_csr, forward_second, queue_a, &head_a, &tail_a, stamp_a, dist_a, stamp_b, dist_b, stamp);
        else
            found = expand_level(&in_csr, backward_second, queue_b, &head_b, &tail_b, stamp_b, dist_b, stamp_a, dist_a, stamp);
        if (found >= 0) return found;
    }
    return -1;
}

static int32_t *read_ints(FILE *file, int32_t *count, int pairs) {
    read_exact(file, count, sizeof(int32_t));
    if (*count < 0) fail("a negative count in the dump");
    int32_t *values = allocate((size_t)*count * (pairs ? 2 : 1), sizeof(int32_t));
    read_exact(file, values, (size_t)*count * (pairs ? 2 : 1) * sizeof(int32_t));
    for (int64_t i = 0; i < (int64_t)*count * (pairs ? 2 : 1); i++)
        if (values[i] < 0 || values[i] >= node_count) fail("a node index out of range in the dump");
    return values;
}

/* Times each query of one kind until the queries or the time limit run out; prints its JSON. */
static void run_kind(const char *name, const int32_t *queries, int32_t count, int pairs, double limit,
                     int64_t (*answer)(const int32_t *query), int last) {
    uint64_t deadline = now_ns() + (uint64_t)(limit * 1e9);
    printf("\"%s\":{\"ns\":[", name);
    int64_t *answers = allocate((size_t)count, sizeof(int64_t));
    int32_t ran = 0;
    for (; ran < count; ran++) {
        uint64_t start = now_ns();
        answers[ran] = answer(queries + (pairs ? 2 * ran : ran));
        uint64_t end = now_ns();
        printf("%s%llu", ran ? "," : "", (unsigned long long)(end - start));
        if (end > deadline) { ran++; break; }
    }
    printf("],\"answers\":[");
    for (int32_t i = 0; i < ran; i++) printf("%s%lld", i ? "," : "", (long long)answers[i]);
    printf("]}%s", last ? "" : ",");
    free(answers);
}

static int64_t one_hop(const int32_t *query) { return reach_count(query[0], 1); }
static int64_t two_hop(const int32_t *query) { return reach_count(query[0], 2); }
static int64_t path(const int32_t *query) { return shortest_path(query[0], query[1], 1); }
static int64_t trace(const int32_t *query) { return shortest_path(query[0], query[1], 0); }

int main(int argc, char **argv) {
    if (argc != 3) fail("usage: floor DUMP TIME_LIMIT_SECONDS");
    double limit = atof(argv[2]);
    FILE *file = fopen(argv[1], "rb");
    if (!file) fail("cannot open the dump");
    char magic[8];
    read_exact(file, magic, 8);
    if (memcmp(magic, "CGFLOOR1", 8) != 0) fail("not a floor dump");
    int64_t edge_count;
    read_exact(file, &node_count, sizeof node_count);
    read_exact(file, &edge_count, sizeof edge_count);
    if (node_count < 0 || edge_count < 0) fail("negative sizes in the dump");
    int32_t *sources = allocate((size_t)edge_count, sizeof(int32_t)), *targets = allocate((size_t)edge_count, sizeof(int32_t));
    read_exact(file, sources, (size_t)edge_count * sizeof(int32_t));
    read_exact(file, targets, (size_t)edge_count * sizeof(int32_t));
    for (int64_t e = 0; e < edge_count; e++)
        if (sources[e] < 0 || sources[e] >= node_count || targets[e] < 0 || targets[e] >= node_count)
            fail("an edge endpoint out of range in the dump");
    int32_t centre_count, path_count, trace_count;
    int32_t *centres = read_ints(file, &centre_count, 0);
    int32_t *paths = read_ints(file, &path_count, 1);
    int32_t *traces = read_ints(file, &trace_count, 1);
    fclose(file);

    uint64_t start = now_ns();
    out_csr = build_csr(sources, targets, edge_count);
    in_csr = build_csr(targets, sources, edge_count);
    double build_s = (double)(now_ns() - start) / 1e9;
    free(sources); free(targets);
    size_t n = (size_t)node_count + 1;
    stamp_a = allocate(n, sizeof(uint32_t)); stamp_b = allocate(n, sizeof(uint32_t));
    dist_a = allocate(n, sizeof(int32_t)); dist_b = allocate(n, sizeof(int32_t));
    queue_a = allocate(n, sizeof(int32_t)); queue_b = allocate(n, sizeof(int32_t));

    printf("{\"build_s\":%.6f,", build_s);
    run_kind("one_hop", centres, centre_count, 0, limit, one_hop, 0);
    run_kind("two_hop", centres, centre_count, 0, limit, two_hop, 0);
    run_kind("path", paths, path_count, 1, limit, path, 0);
    run_kind("trace", traces, trace_count, 1, limit, trace, 1);
    printf("}\n");
    return 0;
}
