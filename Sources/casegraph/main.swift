print("casegraph")
