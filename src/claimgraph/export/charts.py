"""Charts for the brief, drawn with matplotlib and embedded as PNG data URIs (self-contained HTML)."""
from __future__ import annotations

import base64
import io
from collections import Counter
from typing import Any

import networkx as nx


def _png(fig: Any) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    import matplotlib.pyplot as plt

    plt.close(fig)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def timeline_chart(dated: list[tuple[str, str]]) -> str | None:
    """Events and dated claims per month, stacked by kind; ``dated`` holds (YYYY-MM…, kind)."""
    if not dated:
        return None
    plt = _pyplot()
    months = sorted({d[:7] for d, _ in dated})
    kinds = sorted({k for _, k in dated})
    counts = Counter((d[:7], k) for d, k in dated)
    fig, ax = plt.subplots(figsize=(8, 2.8))
    bottom = [0] * len(months)
    for kind in kinds:
        values = [counts[(m, kind)] for m in months]
        ax.bar(months, values, bottom=bottom, label=kind)
        bottom = [b + v for b, v in zip(bottom, values)]
    ax.set_ylabel("count")
    ax.tick_params(axis="x", rotation=45, labelsize=8)
    ax.legend(fontsize=8, ncol=min(4, len(kinds)))
    ax.spines[["top", "right"]].set_visible(False)
    return _png(fig)


def network_chart(graph: nx.Graph, limit: int = 40) -> str | None:
    """The most mentioned entities and the strongest ties between them."""
    if graph.number_of_nodes() == 0:
        return None
    plt = _pyplot()
    keep = sorted(graph.nodes, key=lambda n: -int(graph.nodes[n].get("mentions", 0)))[:limit]
    sub = nx.Graph()
    for n in keep:
        sub.add_node(n, **graph.nodes[n])
    for u, v, data in graph.edges(data=True):
        if u in sub and v in sub:
            w = float(data.get("weight", 1.0))
            if sub.has_edge(u, v):
                sub[u][v]["weight"] += w
            else:
                sub.add_edge(u, v, weight=w)
    pos = nx.spring_layout(sub, seed=3, k=1.2 / max(1, len(sub) ** 0.5))
    types = sorted({sub.nodes[n].get("type", "") for n in sub})
    cmap = plt.get_cmap("tab10")
    colors = [cmap(types.index(sub.nodes[n].get("type", "")) % 10) for n in sub]
    sizes = [80 + 25 * int(sub.nodes[n].get("mentions", 0)) for n in sub]
    fig, ax = plt.subplots(figsize=(8, 6))
    nx.draw_networkx_edges(sub, pos, ax=ax, alpha=0.3,
                           width=[0.5 + min(4.0, d["weight"] / 2) for _, _, d in sub.edges(data=True)])
    nx.draw_networkx_nodes(sub, pos, ax=ax, node_color=colors, node_size=sizes)
    nx.draw_networkx_labels(sub, pos, ax=ax, font_size=7,
                            labels={n: str(sub.nodes[n].get("label", n))[:28] for n in sub})
    for i, t in enumerate(types):
        ax.scatter([], [], color=cmap(i % 10), label=t)
    ax.legend(fontsize=7, loc="lower left")
    ax.set_axis_off()
    return _png(fig)
