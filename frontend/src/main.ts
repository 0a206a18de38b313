console.log('qunzhu')
